package docpipe.pipeline.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class BearerTokenFilterTest {

    private final BearerTokenFilter filter = new BearerTokenFilter(
            BearerToken.of("docpipe.ingest.token", "DOCPIPE_INGEST_TOKEN", "s3cret-token-5d8e9a"), "ingest-client", "WRITER");

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void authenticatesARequestThatPresentsTheTokenAsTheClientWithItsRoles() throws Exception {
        Authentication seen = run("Bearer s3cret-token-5d8e9a");

        assertThat(seen).isNotNull();
        assertThat(seen.isAuthenticated()).isTrue();
        assertThat(seen.getName()).isEqualTo("ingest-client");
        assertThat(seen.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_WRITER");
    }

    @Test
    void passesAnyOtherRequestOnUnauthenticatedForTheRulesToRefuse() throws Exception {
        assertThat(run(null)).isNull();
        assertThat(run("Bearer wrong-token-0000000000")).isNull();
    }

    /** The authentication the rest of the chain sees, after the filter has run. */
    private Authentication run(String authorization) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/documents");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        AtomicReference<Authentication> seen = new AtomicReference<>();
        MockFilterChain chain = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
                seen.set(SecurityContextHolder.getContext().getAuthentication());
            }
        });
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).as("the filter never ends the chain itself").isNotNull();
        return seen.get();
    }
}
