package docpipe.query.search;

import docpipe.events.DocumentEnriched;
import docpipe.events.Topics;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.event.ListenerContainerIdleEvent;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Feeds the search index from the compacted {@code docs.enriched}, apart from the read model's listener: each
 * instance reads every partition in a consumer group of its own and starts where its index's last commit says
 * (from the beginning when the index is new), so an index deleted or kept in memory is rebuilt by replaying the
 * topic. Makes what it indexed searchable at most every {@link SearchIndex#REFRESH_EVERY} while busy and at once
 * when the topic goes quiet; commits at most once per {@link SearchIndexConfiguration#COMMIT_EVERY}.
 */
@Component
class SearchIndexFeeder implements ConsumerSeekAware {

    static final String LISTENER_ID = "search-index";
    private static final Logger log = LoggerFactory.getLogger(SearchIndexFeeder.class);
    /** Records are whole documents: a replay logs its progress every thousand of them. */
    private static final int PROGRESS_EVERY = 1_000;

    private final SearchIndex index;
    private final Timer batchDuration;
    private long lastCommit = System.nanoTime();
    private long read;
    private long nextProgress = PROGRESS_EVERY;
    private volatile boolean caughtUp;
    /** Records of the topic not yet indexed, as the consumer last saw them; -1 before it knows. */
    private volatile long lag = -1;

    SearchIndexFeeder(SearchIndex index, MeterRegistry meters) {
        this.index = index;
        this.batchDuration = Timer.builder("docpipe.search.index.batch")
                .description("Time to index one batch of docs.enriched and make it searchable").register(meters);
        Gauge.builder("docpipe.search.index.lag", this, SearchIndexFeeder::lag)
                .description("Records of docs.enriched the search index has not read yet (-1: not known yet)")
                .register(meters);
    }

    long lag() {
        return lag;
    }

    /** Whether the index has read every record of the topic at least once since this instance started. */
    boolean caughtUp() {
        return caughtUp;
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        for (TopicPartition partition : assignments.keySet()) {
            Long next = index.nextOffset(partition);
            if (next == null) {
                callback.seekToBeginning(partition.topic(), partition.partition());
            } else {
                callback.seek(partition.topic(), partition.partition(), next);
            }
        }
        log.info("search index reads {} from {}", assignments.keySet(), index.offsets());
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false, groupId = "${docpipe.query.search.index-group}",
            topics = Topics.ENRICHED, containerFactory = SearchIndexConfiguration.LISTENER_FACTORY,
            properties = {"spring.json.value.default.type=docpipe.events.DocumentEnriched"})
    void onBatch(List<ConsumerRecord<String, DocumentEnriched>> records, Consumer<?, ?> consumer) {
        long start = System.nanoTime();
        List<DocumentEnriched> events = new ArrayList<>(records.size());
        Map<TopicPartition, Long> next = new HashMap<>();
        for (ConsumerRecord<String, DocumentEnriched> record : records) {
            // unreadable or without an id: the read model's listener dead-letters it; nothing to index
            if (record.value() != null && record.value().documentId() != null) {
                events.add(record.value());
            }
            next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
        }
        int replaced = index.apply(events, next);
        batchDuration.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        read += records.size();
        measureLag(consumer);
        commitIfDue();
        if (read >= nextProgress) {
            nextProgress = (read / PROGRESS_EVERY + 1) * PROGRESS_EVERY;
            log.info("search index: {} records of {} read since start, {} documents and {} paragraphs indexed, {} to go",
                    read, Topics.ENRICHED, index.documents(), index.paragraphs(), lag);
        } else {
            log.debug("search index: {} of {} records replaced a document", replaced, records.size());
        }
    }

    @EventListener(condition = "event.listenerId.startsWith('" + LISTENER_ID + "')")
    void onIdle(ListenerContainerIdleEvent event) {
        index.refreshIfStale();
        measureLag(event.getConsumer());
        commitIfDue();
    }

    private void commitIfDue() {
        if (System.nanoTime() - lastCommit >= SearchIndexConfiguration.COMMIT_EVERY.toNanos()) {
            index.commit();
            lastCommit = System.nanoTime();
        }
    }

    /** From what the consumer last fetched: no call to the broker. */
    private void measureLag(Consumer<?, ?> consumer) {
        long total = 0;
        for (TopicPartition partition : consumer.assignment()) {
            OptionalLong partitionLag = consumer.currentLag(partition);
            if (partitionLag.isEmpty()) {
                return;
            }
            total += partitionLag.getAsLong();
        }
        if (total == 0 && !caughtUp) {
            caughtUp = true;
            log.info("search index caught up with {} after {} records: {} documents, {} paragraphs", Topics.ENRICHED,
                    read, index.documents(), index.paragraphs());
        }
        lag = total;
    }
}
