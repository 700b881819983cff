package docpipe.ingest.kafka;

import docpipe.events.TopicDefaults;
import docpipe.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** Creates the topics this service writes when the broker does not have them yet. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TopicsConfiguration.TopicsProperties.class)
class TopicsConfiguration {

    /** @param replicationFactor replicas of each topic created here (1 locally, 3 on a cluster) */
    @ConfigurationProperties("docpipe.topics")
    record TopicsProperties(int replicationFactor) {
    }

    @Bean
    KafkaAdmin.NewTopics ingestTopics(TopicsProperties properties) {
        return new KafkaAdmin.NewTopics(topic(Topics.RECEIVED, properties), topic(Topics.STATUS, properties));
    }

    private static NewTopic topic(String name, TopicsProperties properties) {
        return TopicBuilder.name(name)
                .partitions(TopicDefaults.PARTITIONS)
                .replicas(properties.replicationFactor())
                .configs(TopicDefaults.config(name))
                .build();
    }
}
