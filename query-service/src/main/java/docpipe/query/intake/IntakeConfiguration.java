package docpipe.query.intake;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import docpipe.events.TopicDefaults;
import docpipe.events.Topics;
import docpipe.events.health.KafkaHealthIndicator;
import docpipe.events.kafka.PipelineTopics;
import docpipe.events.kafka.StageFailures;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Topics, the producer and the one error handler of the service (the pipeline's shared
 * {@link StageFailures}): a record the store cannot take is retried with exponential back-off while
 * its offset stays uncommitted; one that cannot be read, is invalid, or outlasts the retries goes to
 * {@code <topic>.DLT} and the document is reported FAILED in the store stage.
 */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    static final String STAGE = "store";
    static final String SERVICE = "query-service";

    @Bean
    KafkaAdmin.NewTopics queryTopics(IntakeProperties properties) {
        return PipelineTopics.declare(properties.replicationFactor(), Topics.ENRICHED, Topics.STATUS,
                Topics.deadLetter(Topics.ENRICHED), Topics.deadLetter(Topics.STATUS));
    }

    /**
     * Dead letters keep their original bytes when the value could not be read, and are written as
     * JSON with type headers (like every producer of the pipeline) otherwise, as is the FAILED status.
     */
    @Bean
    @SuppressWarnings({"unchecked", "rawtypes"})
    KafkaTemplate<Object, Object> kafkaTemplate(KafkaProperties kafka) {
        Map<String, Object> config = new LinkedHashMap<>(kafka.buildProducerProperties());
        config.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, TopicDefaults.MAX_RECORD_BYTES);
        Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
        byType.put(byte[].class, new ByteArraySerializer());
        byType.put(Object.class, new JacksonJsonSerializer<>());
        KafkaTemplate<Object, Object> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config,
                (Serializer) new StringSerializer(), (Serializer) new DelegatingByTypeSerializer(byType, true)));
        template.setObservationEnabled(true);
        return template;
    }

    @Bean
    DefaultErrorHandler errorHandler(KafkaTemplate<Object, Object> kafka, IntakeProperties properties,
                                     MeterRegistry meters) {
        StageFailures failures = new StageFailures(STAGE, SERVICE, properties.retryBackoff(), properties.retryFor(),
                IntakeConfiguration::describe);
        return failures.errorHandler(kafka, meters, Clock.systemUTC(), InvalidEventException.class);
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
        return new KafkaHealthIndicator(admin);
    }

    private static String describe(Throwable cause) {
        if (cause instanceof InvalidEventException invalid) {
            return invalid.getMessage();
        }
        if (cause instanceof MongoSocketException || cause instanceof MongoTimeoutException) {
            return "The document store stayed unreachable: " + cause.getMessage();
        }
        return "Storing failed after retries: " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
