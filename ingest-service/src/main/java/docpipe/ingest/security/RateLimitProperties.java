package docpipe.ingest.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How many writes (uploads, reprocess requests) one client address may make.
 *
 * @param requests how many requests a client may make in a burst
 * @param per      the period in which that many are refilled
 */
@ConfigurationProperties("docpipe.ingest.rate-limit")
public record RateLimitProperties(int requests, Duration per) {
}
