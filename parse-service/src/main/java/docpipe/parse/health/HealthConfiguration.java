package docpipe.parse.health;

import com.mongodb.client.MongoClient;
import docpipe.events.health.KafkaHealthIndicator;
import docpipe.events.health.MongoPingHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** The store and the broker in the health endpoint and the readiness group: not ready while either is down. */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

    @Bean
    MongoPingHealthIndicator mongoHealthIndicator(MongoClient client) {
        return new MongoPingHealthIndicator(client);
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
        return new KafkaHealthIndicator(admin);
    }
}
