package docpipe.pipeline;

import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.Arrays;

/** Declares pipeline topics so that a service creates the ones it uses when the broker lacks them. */
public final class PipelineTopics {

    private PipelineTopics() {
    }

    public static KafkaAdmin.NewTopics declare(int replicationFactor, String... names) {
        return new KafkaAdmin.NewTopics(Arrays.stream(names)
                .map(name -> TopicBuilder.name(name)
                        .partitions(TopicDefaults.PARTITIONS)
                        .replicas(replicationFactor)
                        .configs(TopicDefaults.config(name))
                        .build())
                .toArray(org.apache.kafka.clients.admin.NewTopic[]::new));
    }
}
