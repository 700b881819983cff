package docpipe.enrich.pipeline;

import docpipe.enrich.EnrichServiceApplication;
import docpipe.enrich.annotate.DocumentEnricher;
import docpipe.events.Annotations.EntityMention;
import docpipe.events.DocumentEnriched;
import docpipe.events.DocumentParsed;
import docpipe.events.MetricNames;
import docpipe.events.Stage;
import docpipe.events.StatusChanged;
import docpipe.events.Topics;
import docpipe.pipeline.StageOutput;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.stream.Collectors;

/** Enriches each parsed document and publishes the result on {@code docs.enriched}. */
@Component
class ParsedDocumentListener {

    private static final Logger log = LoggerFactory.getLogger(ParsedDocumentListener.class);

    private final DocumentEnricher enricher;
    private final StageOutput output;
    private final MeterRegistry meters;
    private final Clock clock;

    ParsedDocumentListener(DocumentEnricher enricher, StageOutput output, MeterRegistry meters,
                           Clock clock) {
        this.enricher = enricher;
        this.output = output;
        this.meters = meters;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.PARSED, groupId = EnrichServiceApplication.NAME)
    void on(DocumentParsed parsed) {
        try (var ignored = MDC.putCloseable("documentId", parsed.documentId().value())) {
            enrich(parsed);
        }
    }

    private void enrich(DocumentParsed parsed) {
        Timer.Sample sample = Timer.start(meters);
        DocumentEnriched enriched = enricher.enrich(parsed, clock.instant());
        output.publish(Topics.ENRICHED, parsed.documentId(), enriched, StatusChanged.reached(parsed.documentId(),
                Stage.ENRICHED, parsed.fileName(), EnrichServiceApplication.NAME, enriched.enrichedAt()));
        sample.stop(meters.timer(MetricNames.STAGE_DURATION, MetricNames.TAG_STAGE, "enrich"));
        meters.counter(MetricNames.DOCUMENTS, MetricNames.TAG_STAGE, "enrich", MetricNames.TAG_OUTCOME, "success")
                .increment();
        meters.counter(MetricNames.PARAGRAPHS, MetricNames.TAG_STAGE, "enrich").increment(enriched.paragraphs().size());
        // one registry lookup per entity type, not per mention (a report has hundreds of mentions)
        enriched.paragraphs().stream().flatMap(p -> p.annotations().entities().stream())
                .collect(Collectors.groupingBy(EntityMention::type, Collectors.counting()))
                .forEach((type, count) -> meters.counter(MetricNames.ENTITIES, "type", type.name()).increment(count));
        log.info("Enriched {} '{}': {} paragraphs, {} references", parsed.documentId(), parsed.fileName(),
                enriched.paragraphs().size(), enriched.references().size());
    }
}
