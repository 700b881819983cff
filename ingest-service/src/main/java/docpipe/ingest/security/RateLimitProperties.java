package docpipe.ingest.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * How many writes (uploads, reprocess requests) one client address may make.
 *
 * @param requests how many requests a client may make in a burst
 * @param per      the period in which that many are refilled
 * @param trustedProxies addresses or CIDR ranges of the proxies (an ingress, a load balancer) whose
 *                 {@code X-Forwarded-For} is believed; empty (the default): the socket's peer is the client
 */
@ConfigurationProperties("docpipe.ingest.rate-limit")
public record RateLimitProperties(int requests, Duration per, List<String> trustedProxies) {

    public RateLimitProperties {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }
}
