package docpipe.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SettingsTest {

    private final Path jar = Path.of("/repo/deploy/local/target/docpipe-local-0.1.0-SNAPSHOT-exec.jar");

    @Test
    void leavesTheTokenToTheDataDirectoryAndListensOnLoopbackByDefault() {
        Settings settings = Settings.fromEnvironment(Map.of("DOCPIPE_HOME", "/repo"), Path.of("/elsewhere"), jar);

        assertThat(settings.ingestToken()).isEmpty();
        assertThat(settings.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(settings.data().root()).isEqualTo(Path.of("/repo/data"));
        assertThat(settings.samples()).isEqualTo(Path.of("/repo/samples"));
        assertThat(settings.extraJvmOptions()).isEmpty();
    }

    @Test
    void readsTokenDataDirectoryTimeoutAndJvmOptionsFromTheEnvironment() {
        Settings settings = Settings.fromEnvironment(Map.of(
                "DOCPIPE_HOME", "/repo",
                "DOCPIPE_INGEST_TOKEN", "t0ken",
                "DOCPIPE_DATA_DIR", "trial",
                "DOCPIPE_START_TIMEOUT", "30",
                "DOCPIPE_JVM_OPTS", " -Xmx512m  -Dx=y "), Path.of("/work"), jar);

        assertThat(settings.ingestToken()).isEqualTo("t0ken");
        assertThat(settings.data().root()).isEqualTo(Path.of("/work/trial"));
        assertThat(settings.startTimeout()).hasSeconds(30);
        assertThat(settings.extraJvmOptions()).containsExactly("-Xmx512m", "-Dx=y");
    }

    @Test
    void leavesTheTokenToTheDataDirectoryWhenTheVariableIsBlank() {
        Settings settings = Settings.fromEnvironment(Map.of("DOCPIPE_HOME", "/repo", "DOCPIPE_INGEST_TOKEN", " ",
                "DOCPIPE_BIND_ADDRESS", "0.0.0.0"), Path.of("/work"), jar);

        assertThat(settings.ingestToken()).isEmpty();
        assertThat(settings.bindAddress()).isEqualTo("0.0.0.0");
    }
}
