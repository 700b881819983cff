package docpipe.pipeline;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How a service uses the pipeline's topics; defaults in {@code docpipe-pipeline-defaults.yml}.
 *
 * @param replicationFactor replicas of each topic a service creates when the broker lacks it (1 locally, 3 on a cluster)
 * @param retryBackoff      first pause before retrying a transient fault; it doubles each time
 * @param retryFor          how long a transient fault is retried before the record is dead-lettered
 * @param publishTimeout    how long a stage waits for the broker to acknowledge its result and status
 */
@ConfigurationProperties("docpipe.topics")
public record TopicsProperties(int replicationFactor, Duration retryBackoff, Duration retryFor,
                               Duration publishTimeout) {
}
