package docpipe.query.intake;

import docpipe.events.DocumentEnriched;
import docpipe.events.MetricNames;
import docpipe.events.StatusChanged;
import docpipe.events.Topics;
import docpipe.query.search.SearchIndex;
import docpipe.query.store.EnrichmentOrder;
import docpipe.query.store.ReadModel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Feeds the read model from {@code docs.enriched} and {@code docs.status}. The listener returns only
 * after MongoDB acknowledged the write, so the offset is committed after the data is stored. A document is
 * written, and so becomes STORED, only once this instance's search index shows it: STORED means searchable.
 */
@Component
class EventListeners {

    private static final Logger log = LoggerFactory.getLogger(EventListeners.class);
    private static final String STAGE = IntakeConfiguration.STAGE;

    private final ReadModel readModel;
    private final SearchIndex searchIndex;
    private final IntakeProperties properties;
    private final MeterRegistry meters;
    private final Timer storeDuration;
    private final Timer pipelineLatency;
    private final Clock clock = Clock.systemUTC();

    EventListeners(ReadModel readModel, SearchIndex searchIndex, IntakeProperties properties, MeterRegistry meters) {
        this.readModel = readModel;
        this.searchIndex = searchIndex;
        this.properties = properties;
        this.meters = meters;
        this.storeDuration = Timer.builder(MetricNames.STAGE_DURATION).tag(MetricNames.TAG_STAGE, STAGE)
                .description("Time to store one enriched document in the read model")
                .publishPercentileHistogram().register(meters);
        this.pipelineLatency = Timer.builder(MetricNames.END_TO_END_LATENCY)
                .description("From receipt at ingest to STORED in the query service")
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofMinutes(10)).register(meters);
        // at zero from the start, so dashboards and alert rules see a series before the first document
        for (String outcome : new String[] {"success", "duplicate", "failed"}) {
            documents(outcome);
        }
        meters.counter(MetricNames.PARAGRAPHS, MetricNames.TAG_STAGE, STAGE);
        meters.counter(MetricNames.DEAD_LETTERS, "topic", Topics.ENRICHED);
        meters.counter(MetricNames.DEAD_LETTERS, "topic", Topics.STATUS);
    }

    @KafkaListener(id = "query-enriched", idIsGroup = false, topics = Topics.ENRICHED, properties = {
            "spring.json.value.default.type=docpipe.events.DocumentEnriched"})
    void onEnriched(DocumentEnriched event) throws InterruptedException {
        requireId(event.documentId() != null, Topics.ENRICHED);
        try (var ignored = MDC.putCloseable("documentId", event.documentId().value())) {
            store(event);
        }
    }

    private void store(DocumentEnriched event) throws InterruptedException {
        long start = System.nanoTime();
        if (!searchIndex.awaitSearchable(event.documentId().value(), EnrichmentOrder.versionOf(event),
                properties.searchableWithin())) {
            throw new SearchIndexBehindException("The search index did not show " + event.documentId() + " within "
                    + properties.searchableWithin() + "; storing it is retried");
        }
        // a failure is counted by the error handler once the retries are over, not on every attempt
        ReadModel.Outcome outcome = readModel.store(event);
        storeDuration.record(Duration.ofNanos(System.nanoTime() - start));
        if (outcome == ReadModel.Outcome.STORED) {
            documents("success").increment();
            meters.counter(MetricNames.PARAGRAPHS, MetricNames.TAG_STAGE, STAGE).increment(event.paragraphs().size());
            if (event.receivedAt() != null) {
                pipelineLatency.record(Duration.between(event.receivedAt(), clock.instant()));
            }
            log.info("stored {} ({} paragraphs)", event.documentId(), event.paragraphs().size());
        } else {
            documents("duplicate").increment();
            log.debug("{} already stored at this or a newer enrichment", event.documentId());
        }
    }

    @KafkaListener(id = "query-status", idIsGroup = false, topics = Topics.STATUS, properties = {
            "spring.json.value.default.type=docpipe.events.StatusChanged"})
    void onStatus(StatusChanged event) {
        requireId(event.documentId() != null && event.stage() != null, Topics.STATUS);
        if (readModel.apply(event)) {
            log.debug("{} is now {}", event.documentId(), event.stage());
        }
    }

    private Counter documents(String outcome) {
        return meters.counter(MetricNames.DOCUMENTS, MetricNames.TAG_STAGE, STAGE, MetricNames.TAG_OUTCOME, outcome);
    }

    private static void requireId(boolean valid, String topic) {
        if (!valid) {
            throw new InvalidEventException("record on " + topic + " without a document id or stage");
        }
    }
}
