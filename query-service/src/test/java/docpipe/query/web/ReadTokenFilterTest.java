package docpipe.query.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ReadTokenFilterTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void letsEveryRequestThroughWhenNoTokenIsConfigured() throws Exception {
        assertThat(run(null, "/api/search", null).getStatus()).isEqualTo(200);
        assertThat(run("   ", "/api/documents", null).getStatus()).isEqualTo(200);
    }

    @Test
    void refusesAnApiRequestWithoutTheTokenAsProblemDetails() throws Exception {
        MockHttpServletResponse response = run("s3cret-token-5d8e9a", "/api/documents/abc", null);

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer realm=\"docpipe\"");
        JsonNode problem = JSON.readTree(response.getContentAsString());
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("instance").asString()).isEqualTo("/api/documents/abc");
        assertThat(response.getContentAsString()).doesNotContain("s3cret-token-5d8e9a");
    }

    @Test
    void refusesAWrongOrMalformedToken() throws Exception {
        assertThat(run("s3cret-token-5d8e9a", "/api/search", "Bearer s3cret-tokeN").getStatus()).isEqualTo(401);
        assertThat(run("s3cret-token-5d8e9a", "/api/search", "Bearer s3cret-token-5d8e9a-and-more").getStatus()).isEqualTo(401);
        assertThat(run("s3cret-token-5d8e9a", "/api/search", "Basic s3cret-token-5d8e9a").getStatus()).isEqualTo(401);
        assertThat(run("s3cret-token-5d8e9a", "/api/search", "s3cret-token-5d8e9a").getStatus()).isEqualTo(401);
        assertThat(run("s3cret-token-5d8e9a", "/api/search", "Bearer s3cret-tokeN").getHeader("WWW-Authenticate"))
                .contains("error=\"invalid_token\"");
    }

    @Test
    void acceptsTheConfiguredBearerToken() throws Exception {
        assertThat(run("s3cret-token-5d8e9a", "/api/search", "Bearer s3cret-token-5d8e9a").getStatus()).isEqualTo(200);
        assertThat(run("s3cret-token-5d8e9a", "/api/search", "bearer s3cret-token-5d8e9a").getStatus()).isEqualTo(200);
    }

    @Test
    void leavesActuatorAndApiDocsOpen() throws Exception {
        assertThat(run("s3cret-token-5d8e9a", "/actuator/health", null).getStatus()).isEqualTo(200);
        assertThat(run("s3cret-token-5d8e9a", "/actuator/prometheus", null).getStatus()).isEqualTo(200);
        assertThat(run("s3cret-token-5d8e9a", "/v3/api-docs", null).getStatus()).isEqualTo(200);
        assertThat(run("s3cret-token-5d8e9a", "/actuator/health/readiness", null).getStatus()).isEqualTo(200);
    }

    @Test
    void leavesTheConsolePageOpenButNotTheDataItReads() throws Exception {
        assertThat(run("s3cret-token-5d8e9a", "/", null).getStatus()).isEqualTo(200);
        assertThat(run("s3cret-token-5d8e9a", "/index.html", null).getStatus()).isEqualTo(200);
        assertThat(run("s3cret-token-5d8e9a", "/console/app.js", null).getStatus()).isEqualTo(200);
        assertThat(run("s3cret-token-5d8e9a", "/console/config.json", null).getStatus()).isEqualTo(200);
        assertThat(run("s3cret-token-5d8e9a", "/consoles", null).getStatus()).isEqualTo(401);
        assertThat(run("s3cret-token-5d8e9a", "/api/search", null).getStatus()).isEqualTo(401);
    }

    @Test
    void protectsEveryOtherPathSoThatNewEndpointsAreNotOpenByMistake() throws Exception {
        assertThat(run("s3cret-token-5d8e9a", "/api", null).getStatus()).isEqualTo(401);
        assertThat(run("s3cret-token-5d8e9a", "/actuator/env", null).getStatus()).isEqualTo(401);
        assertThat(run("s3cret-token-5d8e9a", "/actuator/healthdump", null).getStatus()).isEqualTo(401);
    }

    @Test
    void judgesThePathTheContainerResolvedNotTheRawUri() throws Exception {
        ReadTokenFilter filter = new ReadTokenFilter(new ReadAccessProperties("s3cret-token-5d8e9a"), JSON);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/health;x=/../../api/documents");
        request.setServletPath("/api/documents");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(chain.getRequest()).isNull();
    }

    private static MockHttpServletResponse run(String token, String path, String authorization) throws Exception {
        ReadTokenFilter filter = new ReadTokenFilter(new ReadAccessProperties(token), JSON);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        if (chain.getRequest() == null) {
            return response;
        }
        response.setStatus(200);
        return response;
    }
}
