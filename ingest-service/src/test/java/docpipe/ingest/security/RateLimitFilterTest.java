package docpipe.ingest.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitFilterTest {

    private final RateLimitFilter filter = new RateLimitFilter(new RateLimitProperties(3, Duration.ofMinutes(1), java.util.List.of()));

    @Test
    void refusesWritesBeyondTheBurstWith429AndRetryAfter() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(post("10.0.0.1").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = post("10.0.0.1");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
    }

    @Test
    void countsEachClientAddressSeparately() throws Exception {
        for (int i = 0; i < 3; i++) {
            post("10.0.0.2");
        }
        assertThat(post("10.0.0.2").getStatus()).isEqualTo(429);
        assertThat(post("10.0.0.3").getStatus()).isEqualTo(200);
    }

    @Test
    void doesNotLimitReads() throws Exception {
        for (int i = 0; i < 10; i++) {
            var request = new MockHttpServletRequest("GET", "/api/documents");
            request.setRemoteAddr("10.0.0.4");
            var response = new MockHttpServletResponse();
            filter.doFilter(request, response, new MockFilterChain());
            assertThat(response.getStatus()).isEqualTo(200);
        }
    }

    private MockHttpServletResponse post(String address) throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/documents");
        request.setRemoteAddr(address);
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void behindATrustedProxyCountsEachForwardedClientSeparately() throws Exception {
        var proxied = new RateLimitFilter(new RateLimitProperties(1, Duration.ofMinutes(1), java.util.List.of("10.0.0.0/8")));
        assertThat(postVia(proxied, "10.9.0.1", "198.51.100.1").getStatus()).isEqualTo(200);
        assertThat(postVia(proxied, "10.9.0.1", "198.51.100.2").getStatus()).isEqualTo(200);
        assertThat(postVia(proxied, "10.9.0.1", "198.51.100.1").getStatus()).isEqualTo(429);
    }

    @Test
    void anUntrustedClientCannotEscapeItsBucketWithAForwardedHeader() throws Exception {
        assertThat(postVia(filter, "203.0.113.9", "198.51.100.1").getStatus()).isEqualTo(200);
        assertThat(postVia(filter, "203.0.113.9", "198.51.100.2").getStatus()).isEqualTo(200);
        assertThat(postVia(filter, "203.0.113.9", "198.51.100.3").getStatus()).isEqualTo(200);
        assertThat(postVia(filter, "203.0.113.9", "198.51.100.4").getStatus()).isEqualTo(429);
    }

    private static MockHttpServletResponse postVia(RateLimitFilter filter, String peer, String forwardedFor) throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/documents");
        request.setRemoteAddr(peer);
        request.addHeader("X-Forwarded-For", forwardedFor);
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
