package docpipe.pipeline;

import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
 * The plumbing every docpipe service shares, given once: a service declares its {@link StageDefinition} and
 * writes its listeners; topics, the error handler with dead letters, the producer, {@link StageOutput},
 * health indicators and the clock come from here. Defaults are in {@code docpipe-pipeline-defaults.yml}.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        afterName = "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration")
@EnableConfigurationProperties(TopicsProperties.class)
public class PipelineAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The producer every service sends with: JSON with type headers, except a dead letter whose value could not
     * be read, which keeps its original bytes.
     */
    @Bean
    @ConditionalOnMissingBean(KafkaTemplate.class)
    @SuppressWarnings({"unchecked", "rawtypes"})
    KafkaTemplate<?, ?> kafkaTemplate(KafkaProperties kafka) {
        Map<String, Object> config = new LinkedHashMap<>(kafka.buildProducerProperties());
        config.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, TopicDefaults.MAX_RECORD_BYTES);
        Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
        byType.put(byte[].class, new ByteArraySerializer());
        byType.put(Object.class, new JacksonJsonSerializer<>());
        KafkaTemplate<Object, Object> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config,
                (Serializer) new StringSerializer(), (Serializer) new DelegatingByTypeSerializer(byType, true)));
        template.setObservationEnabled(kafka.getTemplate().isObservationEnabled());
        return template;
    }

    @Bean
    StageOutput stageOutput(KafkaTemplate<String, Object> kafka, TopicsProperties topics) {
        return new StageOutput(kafka, topics.publishTimeout());
    }

    @Bean
    @ConditionalOnBean(StageDefinition.class)
    KafkaAdmin.NewTopics pipelineTopics(StageDefinition stage, TopicsProperties topics) {
        return PipelineTopics.declare(topics.replicationFactor(), stage.topics().toArray(String[]::new));
    }

    @Bean
    @ConditionalOnBean(StageDefinition.class)
    @ConditionalOnMissingBean(DefaultErrorHandler.class)
    DefaultErrorHandler errorHandler(StageDefinition stage, TopicsProperties topics,
                                     KafkaTemplate<Object, Object> kafka, MeterRegistry meters, Clock clock) {
        var failures = new StageFailures(stage, topics);
        failures.registerCounters(meters);
        return failures.errorHandler(kafka, meters, clock);
    }

    @Bean
    @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
        return new KafkaHealthIndicator(admin);
    }

    /** Shown as {@code mongo}, in place of Boot's indicator, which sends a command the local store lacks. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MongoClient.class)
    static class MongoHealth {

        @Bean
        @ConditionalOnBean(MongoClient.class)
        @ConditionalOnMissingBean(name = "mongoHealthIndicator")
        MongoPingHealthIndicator mongoHealthIndicator(MongoClient client) {
            return new MongoPingHealthIndicator(client);
        }
    }
}
