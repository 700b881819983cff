package docpipe.enrich.health;

import docpipe.events.health.KafkaHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** The broker in the health endpoint and the readiness group: not ready while it is down. */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
        return new KafkaHealthIndicator(admin);
    }
}
