package docpipe.query.console;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleControllerTest {

    @Test
    void tellsThePageWhereIngestAndGrafanaAreWithoutATrailingSlash() {
        var controller = new ConsoleController(new ConsoleProperties(" https://ingest.example.org/ ", null),
                new MockEnvironment());

        Map<String, Object> config = controller.config().getBody();

        assertThat(config).containsEntry("ingestUrl", "https://ingest.example.org")
                .containsEntry("grafanaUrl", "")
                .containsEntry("readTokenRequired", false);
        assertThat(controller.config().getHeaders().getCacheControl()).isEqualTo("no-cache");
    }

    @Test
    void saysWhenReadsNeedATokenButNeverWhichToken() {
        var environment = new MockEnvironment().withProperty("docpipe.query.read-token", "s3cret");
        var controller = new ConsoleController(new ConsoleProperties("http://localhost:8081", ""), environment);

        Map<String, Object> config = controller.config().getBody();

        assertThat(config).containsEntry("readTokenRequired", true);
        assertThat(config.values()).noneMatch(value -> String.valueOf(value).contains("s3cret"));
    }
}
