package docpipe.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Properties;

import org.apache.kafka.common.Uuid;
import org.junit.jupiter.api.Test;

class BrokerConfigTest {

    @Test
    void configuresOneNodeThatIsBrokerAndControllerOnLoopback() {
        Properties properties = BrokerConfig.singleNode(Path.of("/state/kafka"));

        assertThat(properties.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(properties.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:9093");
        assertThat(properties.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://127.0.0.1:9092");
        assertThat(properties.getProperty("log.dirs")).isEqualTo("/state/kafka");
        assertThat(properties.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
        assertThat(properties.getProperty("transaction.state.log.min.isr")).isEqualTo("1");
    }

    @Test
    void usesAClusterIdThatKafkaAccepts() {
        assertThat(BrokerConfig.CLUSTER_ID).hasSize(22);
        assertThat(Uuid.fromString(BrokerConfig.CLUSTER_ID).toString()).isEqualTo(BrokerConfig.CLUSTER_ID);
    }
}
