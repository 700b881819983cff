package docpipe.query.search;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import java.nio.file.Path;
import java.time.Duration;

/** The search index, where it lives, its meters, and the listener container that feeds it. */
@Configuration(proxyBeanMethods = false)
class SearchIndexConfiguration {

    static final String LISTENER_FACTORY = "searchIndexListenerFactory";
    /** How often the index commits (with its offsets) while it has something uncommitted. */
    static final Duration COMMIT_EVERY = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(SearchIndexConfiguration.class);

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(SearchProperties properties, MeterRegistry meters) {
        String dir = properties.indexDir();
        SearchIndex index = dir == null || dir.isBlank() ? SearchIndex.inMemory() : SearchIndex.onDisk(Path.of(dir));
        log.info("search index in {}: {} documents, {} paragraphs, offsets {}", index.location(), index.documents(),
                index.paragraphs(), index.offsets());
        Gauge.builder("docpipe.search.index.paragraphs", index, SearchIndex::paragraphs)
                .description("Paragraphs in the search index").register(meters);
        Gauge.builder("docpipe.search.index.documents", index, SearchIndex::documents)
                .description("Documents in the search index").register(meters);
        return index;
    }

    /** Searches over what the index has made searchable. */
    @Bean
    IndexSearch indexSearch(SearchIndex index) {
        return index.searcher();
    }

    /**
     * One consumer over every partition, batches, no offsets committed to Kafka (they are in the index's commits),
     * and a failed batch retried until it succeeds: the index must not skip a document.
     */
    @Bean(LISTENER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> searchIndexListenerFactory(
            ConsumerFactory<Object, Object> consumers, KafkaProperties kafka) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(consumers);
        factory.setBatchListener(true);
        factory.setConcurrency(1);
        factory.setAutoStartup(kafka.getListener().isAutoStartup());
        ContainerProperties container = factory.getContainerProperties();
        container.setAckMode(ContainerProperties.AckMode.MANUAL);
        container.setIdleEventInterval(SearchIndex.IDLE_AFTER.toMillis());
        container.setObservationEnabled(false);
        ExponentialBackOff backOff = new ExponentialBackOff(1000, 2);
        backOff.setMaxInterval(30_000);
        factory.setCommonErrorHandler(new DefaultErrorHandler(backOff));
        return factory;
    }
}
