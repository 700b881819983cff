package docpipe.pipeline;

import docpipe.events.Topics;

import java.util.List;
import java.util.Map;

/**
 * How the pipeline's topics are created when a service starts and finds them missing. Parsed and
 * enriched payloads of a large report can exceed Kafka's 1 MB default, so those topics accept
 * records up to {@link #MAX_RECORD_BYTES} (producers compress them). Production clusters manage
 * topics themselves (Strimzi {@code KafkaTopic}); these are the local and test defaults.
 */
public final class TopicDefaults {

    /** Partitions per topic: the most consumer-group members that can share one stage's work. */
    public static final int PARTITIONS = 6;

    /** The largest record a pipeline topic accepts. */
    public static final int MAX_RECORD_BYTES = 16 * 1024 * 1024;

    private TopicDefaults() {
    }

    /** Every topic of the pipeline, dead-letter topics included. */
    public static List<String> all() {
        return List.of(Topics.RECEIVED, Topics.PARSED, Topics.ENRICHED, Topics.STATUS,
                Topics.deadLetter(Topics.RECEIVED), Topics.deadLetter(Topics.PARSED),
                Topics.deadLetter(Topics.ENRICHED), Topics.deadLetter(Topics.STATUS));
    }

    /** How long a dead-lettered record is kept: time to look at it, fix the cause and replay it. */
    public static final long DEAD_LETTER_RETENTION_MS = 30L * 24 * 60 * 60 * 1000;

    /**
     * Topic-level configuration for {@code topic}. The pipeline topics are compacted: the latest event of
     * every document is kept for good, so the read model can be rebuilt by replaying them (keys are
     * document ids). Dead-letter topics are deleted after {@link #DEAD_LETTER_RETENTION_MS}.
     */
    public static Map<String, String> config(String topic) {
        if (topic.endsWith(Topics.DLT_SUFFIX)) {
            return Map.of("max.message.bytes", String.valueOf(MAX_RECORD_BYTES),
                    "cleanup.policy", "delete",
                    "retention.ms", String.valueOf(DEAD_LETTER_RETENTION_MS));
        }
        return Map.of("max.message.bytes", String.valueOf(MAX_RECORD_BYTES),
                "cleanup.policy", "compact",
                "min.compaction.lag.ms", "3600000");
    }
}
