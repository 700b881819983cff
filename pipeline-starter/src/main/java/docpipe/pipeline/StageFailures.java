package docpipe.pipeline;

import docpipe.events.DocumentId;
import docpipe.events.MetricNames;
import docpipe.events.StatusChanged;
import docpipe.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.ExponentialBackOff;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * The error-handling setup every consuming stage uses: transient faults are retried with exponential
 * back-off; a permanent fault (an exception of a not-retryable class, a record that cannot be
 * deserialized) or one that outlasts the retries sends the record to the topic's dead-letter topic with
 * the reason in the {@link Topics#HEADER_FAILURE_REASON} header, and publishes the document's status as
 * FAILED with a human-readable reason (unless the stage says its records are not the document's).
 */
final class StageFailures {

    private static final Logger log = LoggerFactory.getLogger(StageFailures.class);

    private final StageDefinition stage;
    private final TopicsProperties topics;

    StageFailures(StageDefinition stage, TopicsProperties topics) {
        this.stage = stage;
        this.topics = topics;
    }

    /**
     * Registers this stage's failure counters for the topics it consumes at zero, so that dashboards and alerts
     * see a zero rather than a missing series until the first failure.
     */
    void registerCounters(MeterRegistry meters) {
        for (String topic : stage.consumes()) {
            meters.counter(MetricNames.DEAD_LETTERS, "topic", topic);
        }
        meters.counter(MetricNames.DOCUMENTS, MetricNames.TAG_STAGE, stage.stage(), MetricNames.TAG_OUTCOME, "failed");
    }

    DefaultErrorHandler errorHandler(KafkaTemplate<Object, Object> kafka, MeterRegistry meters, Clock clock) {
        var deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, e) -> new TopicPartition(Topics.deadLetter(record.topic()), record.partition()));
        deadLetters.setHeadersFunction((record, e) -> {
            var headers = new RecordHeaders();
            headers.add(Topics.HEADER_FAILURE_REASON, reasonOf(e).getBytes(StandardCharsets.UTF_8));
            return headers;
        });
        var backOff = new ExponentialBackOff(topics.retryBackoff().toMillis(), 2.0);
        backOff.setMaxElapsedTime(topics.retryFor().toMillis());
        var handler = new DefaultErrorHandler((record, e) -> {
            deadLetters.accept(record, e);
            meters.counter(MetricNames.DEAD_LETTERS, "topic", record.topic()).increment();
            meters.counter(MetricNames.DOCUMENTS, MetricNames.TAG_STAGE, stage.stage(), MetricNames.TAG_OUTCOME,
                    "failed").increment();
            reportFailure(kafka, record, e, clock);
        }, backOff);
        handler.addNotRetryableExceptions(DeserializationException.class);
        for (Class<? extends Exception> type : stage.permanentFailures()) {
            handler.addNotRetryableExceptions(type);
        }
        return handler;
    }

    private void reportFailure(KafkaTemplate<Object, Object> kafka, ConsumerRecord<?, ?> record, Exception e,
                               Clock clock) {
        String key = record.key() == null ? null : record.key().toString();
        String reason = reasonOf(e);
        log.warn("Stage {} gave up on {} from {}: {}", stage.stage(), key, record.topic(), reason);
        if (stage.reportsFailures() && DocumentId.isValid(key)) {
            kafka.send(Topics.STATUS, key, StatusChanged.failed(DocumentId.of(key), stage.notReachedOnFailure(),
                    reason, null, stage.service(), clock.instant()));
        }
    }

    /** The user-facing reason: the stage's description of the root domain exception, not of a wrapper. */
    String reasonOf(Throwable e) {
        Throwable t = e;
        while ((t instanceof ListenerExecutionFailedException || t.getMessage() == null) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof DeserializationException) {
            return "The event could not be read: " + t.getMessage();
        }
        return stage.describe().apply(t);
    }
}
