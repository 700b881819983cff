package docpipe.query.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How the service consumes the pipeline's topics.
 *
 * @param replicationFactor replication factor of the topics it creates when they are missing
 * @param storeRetryInitial first wait before retrying a record the store could not take
 * @param storeRetryMax longest wait between those retries
 * @param storeRetryFor how long to keep retrying while the store is unreachable before dead-lettering
 * @param otherRetries retries of a record that failed for another reason before it is dead-lettered
 */
@ConfigurationProperties("docpipe.query.kafka")
record IntakeProperties(short replicationFactor, Duration storeRetryInitial, Duration storeRetryMax,
                        Duration storeRetryFor, int otherRetries) {
}
