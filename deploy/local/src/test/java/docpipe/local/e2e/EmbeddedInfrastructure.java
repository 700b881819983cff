package docpipe.local.e2e;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** A real KRaft broker and the MongoDB-wire store, both in this JVM on random ports. */
final class EmbeddedInfrastructure implements AutoCloseable {

    private final EmbeddedKafkaKraftBroker broker;
    private final MongoServer store;
    final String bootstrapServers;
    final String mongoUri;

    EmbeddedInfrastructure() {
        broker = new EmbeddedKafkaKraftBroker(1, 2);
        broker.afterPropertiesSet();
        store = new MongoServer(new MemoryBackend());
        mongoUri = "mongodb://127.0.0.1:" + store.bind().getPort();
        bootstrapServers = broker.getBrokersAsString();
    }

    @Override
    public void close() {
        store.shutdownNow();
        broker.destroy();
    }
}
