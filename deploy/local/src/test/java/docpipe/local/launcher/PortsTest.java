package docpipe.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class PortsTest {

    private final Path jar = Path.of("/repo/deploy/local/target/docpipe-local-0.1.0-SNAPSHOT-exec.jar");

    @Test
    void usesTheContractPortsWithoutAnOffset() {
        Settings settings = Settings.fromEnvironment(Map.of("DOCPIPE_HOME", "/repo"), Path.of("/work"), jar);

        assertThat(settings.ports().all()).containsExactly(9092, 9093, 27017, 8081, 8082, 8083, 8084);
        assertThat(settings.seedSamples()).isTrue();
    }

    @Test
    void movesEveryPortByTheOffsetFromTheEnvironment() {
        Settings settings = Settings.fromEnvironment(Map.of("DOCPIPE_HOME", "/repo", "DOCPIPE_PORT_OFFSET", "1000"),
                Path.of("/work"), jar);

        assertThat(settings.ports().all()).containsExactly(10092, 10093, 28017, 9081, 9082, 9083, 9084);
        assertThat(settings.ports().bootstrapServers()).isEqualTo("127.0.0.1:10092");
        assertThat(settings.ports().mongoUri()).isEqualTo("mongodb://127.0.0.1:28017");
    }

    @Test
    void turnsOffTheSamplesWhenAskedTo() {
        Settings settings = Settings.fromEnvironment(Map.of("DOCPIPE_HOME", "/repo", "DOCPIPE_SEED_SAMPLES", "FALSE"),
                Path.of("/work"), jar);

        assertThat(settings.seedSamples()).isFalse();
    }

    @Test
    void refusesAnOffsetThatIsNotANumberOrPushesAPortOutOfRange() {
        assertThatThrownBy(() -> Ports.ofOffset("ten")).hasMessageContaining("DOCPIPE_PORT_OFFSET");
        assertThatThrownBy(() -> Ports.ofOffset("-1")).hasMessageContaining("DOCPIPE_PORT_OFFSET");
        assertThatThrownBy(() -> Ports.ofOffset("40000")).hasMessageContaining("DOCPIPE_PORT_OFFSET");
        assertThat(Ports.ofOffset(" ")).isEqualTo(Ports.DEFAULT);
    }

    @Test
    void givesEveryProcessItsMovedPortInItsArgumentsAndHealthCheck() {
        Settings settings = new Settings(Path.of("/repo"), new DataDirectory(Path.of("/state")), "t", "java", jar,
                Duration.ofSeconds(60), List.of(), new Ports(20000), false, "127.0.0.1");
        StackPlan plan = new StackPlan(settings);

        assertThat(plan.broker().command()).containsSubsequence("/state/run/broker.properties", "29092", "29093");
        assertThat(plan.broker().health().target()).contains("29092");
        assertThat(plan.store().command()).containsSubsequence("/state/store/docpipe.mv.db", "47017");
        assertThat(plan.store().health().target()).contains("47017");
        ProcessSpec query = plan.service(StackPlan.SERVICES.get(3));
        assertThat(query.command()).contains("--server.port=28084", "--spring.kafka.bootstrap-servers=127.0.0.1:29092",
                "--spring.mongodb.uri=mongodb://127.0.0.1:47017");
        assertThat(query.health().target()).isEqualTo("http://127.0.0.1:28084/actuator/health");
    }

    @Test
    void writesTheMovedPortsIntoTheBrokerConfiguration() {
        Properties properties = BrokerConfig.singleNode(Path.of("/state/kafka"), 29092, 29093);

        assertThat(properties.getProperty("listeners"))
                .isEqualTo("PLAINTEXT://127.0.0.1:29092,CONTROLLER://127.0.0.1:29093");
        assertThat(properties.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://127.0.0.1:29092");
        assertThat(properties.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:29093");
    }
}
