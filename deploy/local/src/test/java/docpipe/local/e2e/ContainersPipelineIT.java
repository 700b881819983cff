package docpipe.local.e2e;

import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The same end-to-end tests against real {@code apache/kafka} and {@code mongo} containers. Runs where a
 * Docker engine exists; skipped (not passed) where none does.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainersPipelineIT extends PipelineEndToEndTests {

    private final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
    private final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");

    @Override
    String[] startInfrastructure() {
        kafka.start();
        mongo.start();
        return new String[] {kafka.getBootstrapServers(), mongo.getConnectionString()};
    }

    @Override
    void stopInfrastructure() {
        mongo.stop();
        kafka.stop();
    }
}
