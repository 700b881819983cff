package docpipe.parse.pipeline;

import docpipe.events.Topics;
import docpipe.events.kafka.PipelineTopics;
import docpipe.events.kafka.StageFailures;
import docpipe.parse.ParseServiceApplication;
import docpipe.parse.extract.UnreadableDocumentException;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;

import java.time.Clock;
import java.time.Duration;

/**
 * The one error-handling setup of this service: a file that can never be read fails at once, anything
 * else is retried with back-off; then the record goes to {@code docs.received.DLT} and the document's
 * status becomes FAILED with the reason.
 */
@Configuration(proxyBeanMethods = false)
class PipelineErrorHandling {

    /**
     * @param replicationFactor replicas of each topic created here (1 locally, 3 on a cluster)
     * @param retryBackoff      first pause before retrying a transient fault; doubles each time
     * @param retryFor          how long a transient fault is retried before the record is dead-lettered
     */
    @ConfigurationProperties("docpipe.topics")
    record TopicsProperties(int replicationFactor, Duration retryBackoff, Duration retryFor) {
    }

    @Bean
    KafkaAdmin.NewTopics parseTopics(TopicsProperties properties) {
        return PipelineTopics.declare(properties.replicationFactor(), Topics.RECEIVED, Topics.PARSED, Topics.STATUS,
                Topics.deadLetter(Topics.RECEIVED));
    }

    @Bean
    DefaultErrorHandler errorHandler(KafkaTemplate<Object, Object> kafka, TopicsProperties properties,
                                     MeterRegistry meters, Clock clock) {
        var failures = new StageFailures("parse", ParseServiceApplication.NAME, properties.retryBackoff(),
                properties.retryFor(), PipelineErrorHandling::describe);
        failures.registerCounters(meters, Topics.RECEIVED);
        return failures.errorHandler(kafka, meters, clock, UnreadableDocumentException.class);
    }

    private static String describe(Throwable cause) {
        if (cause instanceof UnreadableDocumentException unreadable) {
            return unreadable.getMessage();
        }
        return "Parsing failed after retries: " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
