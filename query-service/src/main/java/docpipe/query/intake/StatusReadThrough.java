package docpipe.query.intake;

import docpipe.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Whether the store stage has read {@code docs.status} past everything on it now. Ingest answers {@code 202} only
 * once a document's RECEIVED status is on the broker, so when the group's committed offsets reach the ends the
 * topic has now, every document accepted before now is in the read model: an id still unknown then is truly
 * unknown, and an id accepted a moment ago is found rather than answered 404. Whichever replica consumed the
 * partition, the committed offsets are the group's, and commits follow the write to MongoDB.
 */
@Component
public class StatusReadThrough implements DisposableBean {

    private static final Duration POLL = Duration.ofMillis(50);

    private final Admin admin;
    private final String group;
    private final IntakeProperties properties;

    StatusReadThrough(KafkaAdmin kafkaAdmin, KafkaProperties kafka, IntakeProperties properties) {
        this.admin = Admin.create(kafkaAdmin.getConfigurationProperties());
        this.group = kafka.getConsumer().getGroupId();
        this.properties = properties;
    }

    /**
     * Waits until the group has committed every status written before this call; false when that did not happen
     * within {@code docpipe.query.intake.status-read-through} (the broker is away, or the store stage is behind).
     */
    public boolean awaitReadThroughNow() {
        long deadline = System.nanoTime() + properties.statusReadThrough().toNanos();
        try {
            Map<TopicPartition, Long> ends = endOffsets(deadline);
            while (true) {
                if (committedReach(ends, deadline)) {
                    return true;
                }
                if (System.nanoTime() + POLL.toNanos() > deadline) {
                    return false;
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    private Map<TopicPartition, Long> endOffsets(long deadline)
            throws ExecutionException, InterruptedException, TimeoutException {
        var partitions = admin.describeTopics(java.util.List.of(Topics.STATUS)).allTopicNames()
                .get(left(deadline), TimeUnit.NANOSECONDS).get(Topics.STATUS).partitions();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(p -> latest.put(new TopicPartition(Topics.STATUS, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest).all().get(left(deadline), TimeUnit.NANOSECONDS)
                .forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }

    private boolean committedReach(Map<TopicPartition, Long> ends, long deadline)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(left(deadline), TimeUnit.NANOSECONDS);
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            OffsetAndMetadata at = committed.get(end.getKey());
            if (end.getValue() > 0 && (at == null || at.offset() < end.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static long left(long deadline) {
        return Math.max(1, deadline - System.nanoTime());
    }

    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(2));
    }
}
