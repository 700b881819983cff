package docpipe.events;

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

    /** Topic-level configuration for {@code topic}. */
    public static Map<String, String> config(String topic) {
        return Map.of("max.message.bytes", String.valueOf(MAX_RECORD_BYTES));
    }
}
