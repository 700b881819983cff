package docpipe.ingest;

import docpipe.pipeline.StartedFromMain;
import docpipe.pipeline.TokenPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The service itself, started as an operator would, with no token or a published one. */
class RefusesUnsafeTokenTest {

    @ParameterizedTest
    @ValueSource(strings = {"(unset)", "", "dev-token", "change-me"})
    void refusesToStartWithoutARealToken(String token) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
                "--spring.kafka.bootstrap-servers=127.0.0.1:9", "--spring.mongodb.uri=mongodb://127.0.0.1:9",
                "--spring.main.banner-mode=off"));
        if (!token.equals("(unset)")) {
            args.add("--docpipe.ingest.token=" + token);
        }

        assertThatThrownBy(() -> StartedFromMain.run(IngestServiceApplication::main, args.toArray(String[]::new)).close())
                .hasRootCauseInstanceOf(TokenPolicy.UnsafeTokenException.class)
                .rootCause().hasMessageContaining("DOCPIPE_INGEST_TOKEN");
    }
}
