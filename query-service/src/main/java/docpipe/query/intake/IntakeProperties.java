package docpipe.query.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How the service consumes the pipeline's topics.
 *
 * @param replicationFactor replication factor of the topics it creates when they are missing
 * @param retryBackoff first pause before retrying a record that could not be stored (it doubles each time)
 * @param retryFor how long a record is retried in all (MongoDB unreachable, say) before it is dead-lettered
 */
@ConfigurationProperties("docpipe.topics")
record IntakeProperties(int replicationFactor, Duration retryBackoff, Duration retryFor) {
}
