package docpipe.local.e2e;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.net.InetSocketAddress;

/** The end-to-end tests over a real KRaft broker and the MongoDB-wire store, both in this JVM. */
class EmbeddedPipelineIT extends PipelineEndToEndTests {

    private EmbeddedKafkaKraftBroker broker;
    private MongoServer store;

    @Override
    String[] startInfrastructure() {
        broker = new EmbeddedKafkaKraftBroker(1, 2);
        broker.afterPropertiesSet();
        store = new MongoServer(new MemoryBackend());
        InetSocketAddress address = store.bind();
        return new String[] {broker.getBrokersAsString(), "mongodb://127.0.0.1:" + address.getPort()};
    }

    @Override
    void stopInfrastructure() {
        if (store != null) {
            store.shutdownNow();
        }
        if (broker != null) {
            broker.destroy();
        }
    }
}
