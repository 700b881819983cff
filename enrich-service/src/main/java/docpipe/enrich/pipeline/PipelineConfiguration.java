package docpipe.enrich.pipeline;

import docpipe.enrich.EnrichServiceApplication;
import docpipe.enrich.annotate.Annotator;
import docpipe.enrich.annotate.DocumentEnricher;
import docpipe.events.Topics;
import docpipe.events.kafka.PipelineTopics;
import docpipe.events.kafka.StageFailures;
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
 * The annotator, the topics this service uses, and its one error-handling setup: faults are retried
 * with back-off, then the record goes to {@code docs.parsed.DLT} and the document's status becomes FAILED.
 */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    /**
     * @param replicationFactor replicas of each topic created here (1 locally, 3 on a cluster)
     * @param retryBackoff      first pause before retrying a fault; doubles each time
     * @param retryFor          how long a fault is retried before the record is dead-lettered
     */
    @ConfigurationProperties("docpipe.topics")
    record TopicsProperties(int replicationFactor, Duration retryBackoff, Duration retryFor) {
    }

    @Bean
    Annotator annotator() {
        return Annotator.fromClasspath();
    }

    @Bean
    DocumentEnricher documentEnricher(Annotator annotator) {
        return new DocumentEnricher(annotator);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    KafkaAdmin.NewTopics enrichTopics(TopicsProperties properties) {
        return PipelineTopics.declare(properties.replicationFactor(), Topics.PARSED, Topics.ENRICHED, Topics.STATUS,
                Topics.deadLetter(Topics.PARSED));
    }

    @Bean
    DefaultErrorHandler errorHandler(KafkaTemplate<Object, Object> kafka, TopicsProperties properties,
                                     MeterRegistry meters, Clock clock) {
        var failures = new StageFailures("enrich", EnrichServiceApplication.NAME, properties.retryBackoff(),
                properties.retryFor(), cause -> "Enrichment failed after retries: "
                + cause.getClass().getSimpleName() + ": " + cause.getMessage());
        failures.registerCounters(meters, Topics.PARSED);
        return failures.errorHandler(kafka, meters, clock);
    }
}
