package docpipe.query.intake;

import com.mongodb.MongoException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import docpipe.events.MetricNames;
import docpipe.events.TopicDefaults;
import docpipe.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Topics, the dead-letter producer and the one error handler of the service. A record the store
 * cannot take because MongoDB is unreachable is retried with exponential back-off (the offset is not
 * committed meanwhile); a record that cannot be read or stored at all goes to {@code <topic>.DLT}.
 */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    static final List<String> CONSUMED = List.of(Topics.ENRICHED, Topics.STATUS);

    @Bean
    KafkaAdmin.NewTopics queryTopics(IntakeProperties properties) {
        return new KafkaAdmin.NewTopics(CONSUMED.stream()
                .flatMap(topic -> java.util.stream.Stream.of(topic, Topics.deadLetter(topic)))
                .map(topic -> newTopic(topic, properties.replicationFactor()))
                .toArray(NewTopic[]::new));
    }

    private static NewTopic newTopic(String name, short replicationFactor) {
        return TopicBuilder.name(name).partitions(TopicDefaults.PARTITIONS).replicas(replicationFactor)
                .configs(TopicDefaults.config(name)).build();
    }

    /**
     * Dead letters keep their original bytes when the value could not be read, and are written as
     * JSON (with type headers, like every producer of the pipeline) when the value was read but not stored.
     */
    @Bean
    KafkaTemplate<String, Object> deadLetterTemplate(KafkaProperties kafka) {
        Map<String, Object> config = new LinkedHashMap<>(kafka.buildProducerProperties());
        config.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, TopicDefaults.MAX_RECORD_BYTES);
        Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
        byType.put(byte[].class, new ByteArraySerializer());
        byType.put(Object.class, new JacksonJsonSerializer<>());
        DefaultKafkaProducerFactory<String, Object> factory = new DefaultKafkaProducerFactory<>(config,
                new StringSerializer(), new DelegatingByTypeSerializer(byType, true));
        return new KafkaTemplate<>(factory);
    }

    @Bean
    DefaultErrorHandler errorHandler(KafkaTemplate<String, Object> deadLetterTemplate, IntakeProperties properties,
                                     MeterRegistry meters) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetterTemplate,
                (record, exception) -> {
                    meters.counter(MetricNames.DEAD_LETTERS, "topic", record.topic()).increment();
                    return new TopicPartition(Topics.deadLetter(record.topic()), -1);
                });
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer,
                new FixedBackOff(500, properties.otherRetries()));
        ExponentialBackOff storeBackOff = new ExponentialBackOff(properties.storeRetryInitial().toMillis(), 2.0);
        storeBackOff.setMaxInterval(properties.storeRetryMax().toMillis());
        storeBackOff.setMaxElapsedTime(properties.storeRetryFor().toMillis());
        handler.setBackOffFunction((record, exception) -> isStoreUnreachable(exception) ? storeBackOff : null);
        handler.addNotRetryableExceptions(InvalidEventException.class);
        return handler;
    }

    private static boolean isStoreUnreachable(Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof MongoSocketException || t instanceof MongoTimeoutException
                    || (t instanceof MongoException m && m.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL))) {
                return true;
            }
        }
        return false;
    }
}
