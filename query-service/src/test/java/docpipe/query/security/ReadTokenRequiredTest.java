package docpipe.query.security;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** With {@code docpipe.query.read-token} set: what needs it, what stays open, and how a refusal reads. */
@TestPropertySource(properties = "docpipe.query.read-token=" + ReadTokenRequiredTest.TOKEN)
class ReadTokenRequiredTest extends QueryServiceOverHttp {

    static final String TOKEN = "s3cret-token-5d8e9a";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void refusesAReadWithoutTheTokenAsProblemDetails() throws Exception {
        HttpResponse<String> response = get("/api/documents/abc");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"docpipe\"");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://docpipe.example/problems/unauthorized");
        assertThat(problem.get("title").asString()).isEqualTo("Unauthorized");
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("detail").asString()).contains("Authorization: Bearer <token>");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/documents/abc");
    }

    @Test
    void refusesAWrongOrMalformedTokenAndSaysItIsInvalid() throws Exception {
        for (String authorization : new String[]{"Bearer s3cret-tokeN", "Bearer " + TOKEN + "-and-more",
                "Basic " + TOKEN, TOKEN, "Bearer "}) {
            HttpResponse<String> response = get("/api/search?q=parliament", authorization);
            assertThat(response.statusCode()).as(authorization).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .contains("Bearer realm=\"docpipe\", error=\"invalid_token\"");
            assertThat(response.body()).doesNotContain(TOKEN);
        }
    }

    @Test
    void answersAReadThatCarriesTheTokenInAnyCaseOfTheScheme() throws Exception {
        assertThat(get("/api/themes", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
        assertThat(get("/api/search?q=parliament", "bearer " + TOKEN).statusCode()).isEqualTo(200);
        assertThat(get("/api/search?q=parliament", "Bearer  " + TOKEN + " ").statusCode()).isEqualTo(200);
    }

    @Test
    void answersAnErrorOfAnAuthorisedReadWithThatErrorNotA401() throws Exception {
        HttpResponse<String> response = get("/api/documents/0123456789abcdef01234567", "Bearer " + TOKEN);

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void leavesProbesMetricsAndTheApiDescriptionOpen() throws Exception {
        for (String path : new String[]{"/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness",
                "/actuator/prometheus", "/v3/api-docs"}) {
            // 503 while the broker these tests leave out is unreachable: the probe answers, it is not refused
            assertThat(get(path).statusCode()).as(path).isIn(200, 503);
        }
        assertThat(get("/actuator/prometheus").body()).contains("# TYPE");
        assertThat(get("/v3/api-docs").statusCode()).isEqualTo(200);
    }

    @Test
    void leavesTheConsolePageOpenButNotTheDataItReads() throws Exception {
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(get("/index.html").statusCode()).isEqualTo(200);
        assertThat(get("/console/app.js").statusCode()).isEqualTo(200);
        HttpResponse<String> config = get("/console/config.json");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("\"readTokenRequired\":true").doesNotContain(TOKEN);
        assertThat(get("/consoles").statusCode()).isEqualTo(401);
        assertThat(get("/api/search").statusCode()).isEqualTo(401);
    }

    @Test
    void protectsEveryOtherPathSoThatNewEndpointsAreNotOpenByMistake() throws Exception {
        assertThat(get("/api").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/env").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/healthdump").statusCode()).isEqualTo(401);
        assertThat(get("/error").statusCode()).isEqualTo(401);
        assertThat(get("/nothing-here").statusCode()).isEqualTo(401);
    }

    @Test
    void neverLetsAnOpenPathDisguiseARead() throws Exception {
        // the firewall refuses such paths outright (400) before any rule is consulted; none of them reaches a read
        for (String target : new String[]{"/actuator/health;x=/../../api/documents", "/actuator/health/../../api/search",
                "/actuator/health/%2e%2e/%2e%2e/api/search", "/console/..%2f..%2fapi/search", "/api;x=1/search",
                "//api/search"}) {
            assertThat(rawStatus(target)).as(target).isEqualTo(400);
        }
        assertThat(rawStatus("/api/search")).isEqualTo(401);
        assertThat(raw("/api;x=1/search")).as("the refusal is problem details like every other error")
                .containsIgnoringCase("Content-Type: application/problem+json").contains("\"status\":400");
    }
}
