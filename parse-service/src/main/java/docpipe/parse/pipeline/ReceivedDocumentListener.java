package docpipe.parse.pipeline;

import docpipe.events.DocumentParsed;
import docpipe.events.DocumentReceived;
import docpipe.events.MetricNames;
import docpipe.events.ParsedDocument;
import docpipe.events.Stage;
import docpipe.events.StatusChanged;
import docpipe.events.Topics;
import docpipe.parse.ParseServiceApplication;
import docpipe.parse.isolation.Extraction;
import docpipe.parse.extract.UnreadableDocumentException;
import docpipe.pipeline.StageOutput;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;

/**
 * Parses each received document: fetches its bytes by the claim check, extracts text and structure,
 * and publishes the result on {@code docs.parsed}. A file that can never be read fails permanently
 * (see {@link ParseStage}); anything else is retried.
 */
@Component
class ReceivedDocumentListener {

    private static final Logger log = LoggerFactory.getLogger(ReceivedDocumentListener.class);

    private final RawFileStore rawFiles;
    private final Extraction reader;
    private final StageOutput output;
    private final MeterRegistry meters;
    private final Clock clock;

    ReceivedDocumentListener(RawFileStore rawFiles, Extraction reader, StageOutput output,
                             MeterRegistry meters, Clock clock) {
        this.rawFiles = rawFiles;
        this.reader = reader;
        this.output = output;
        this.meters = meters;
        this.clock = clock;
        // Registered at zero so that dashboards and alerts see every reason before its first failure.
        for (String reason : UnreadableDocumentException.REASONS) {
            meters.counter(MetricNames.EXTRACTION_FAILURES, MetricNames.TAG_REASON, reason);
        }
    }

    @KafkaListener(topics = Topics.RECEIVED, groupId = ParseServiceApplication.NAME)
    void on(DocumentReceived received) throws UnreadableDocumentException, IOException {
        try (var ignored = MDC.putCloseable("documentId", received.documentId().value())) {
            parse(received);
        }
    }

    private void parse(DocumentReceived received) throws UnreadableDocumentException, IOException {
        Timer.Sample sample = Timer.start(meters);
        ParsedDocument document;
        try (InputStream in = rawFiles.open(received.blob())) {
            document = reader.read(in, received.fileName(), received.mediaType());
        } catch (UnreadableDocumentException e) {
            meters.counter(MetricNames.EXTRACTION_FAILURES, MetricNames.TAG_REASON, e.reason()).increment();
            throw e;
        }
        var parsed = new DocumentParsed(received.documentId(), received.fileName(), received.receivedAt(),
                clock.instant(), document);
        output.publish(Topics.PARSED, received.documentId(), parsed, StatusChanged.reached(received.documentId(),
                Stage.PARSED, received.fileName(), ParseServiceApplication.NAME, parsed.parsedAt()));
        sample.stop(meters.timer(MetricNames.STAGE_DURATION, MetricNames.TAG_STAGE, "parse"));
        meters.counter(MetricNames.DOCUMENTS, MetricNames.TAG_STAGE, "parse", MetricNames.TAG_OUTCOME, "success")
                .increment();
        meters.counter(MetricNames.PARAGRAPHS, MetricNames.TAG_STAGE, "parse").increment(document.paragraphs().size());
        log.info("Parsed {} '{}': {} {} in {}, {} items", received.documentId(), received.fileName(),
                document.metadata().type(), document.metadata().symbol(), document.metadata().language(),
                document.paragraphs().size());
    }
}
