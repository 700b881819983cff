package docpipe.ingest.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits writes per client address with a token bucket (Bucket4j): a client over the limit gets 429 with
 * {@code Retry-After}, and the pipeline's capacity stays shared. Reads are not limited here. Behind an ingress
 * the client address is the one the configured trusted proxies forward ({@link ClientAddress}).
 */
class RateLimitFilter extends OncePerRequestFilter {

    /** Beyond this many tracked clients the table starts afresh, so a flood of addresses cannot exhaust memory. */
    private static final int MAX_CLIENTS = 10_000;

    private final RateLimitProperties limit;
    private final ClientAddress clients;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimitFilter(RateLimitProperties limit) {
        this.limit = limit;
        this.clients = new ClientAddress(limit.trustedProxies());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(clients.of(request), address -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.requests()).refillGreedy(limit.requests(), limit.per()).build())
                .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, probe.getNanosToWaitForRefill() / 1_000_000_000L);
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.setContentType("application/problem+json");
        response.getWriter().write("""
                {"type":"about:blank","title":"Too Many Requests","status":429,\
                "detail":"Too many uploads from this address; retry in %d s."}""".formatted(seconds));
    }
}
