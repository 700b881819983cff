package docpipe.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.Test;

class StoreHealthTest {

    @Test
    void answersHealthyWhenAMongoWireServerRepliesToPing() {
        MongoServer server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        try {
            assertThat(new StoreHealth("127.0.0.1", address.getPort()).healthy()).isTrue();
        }
        finally {
            server.shutdownNow();
        }
        assertThat(new StoreHealth("127.0.0.1", address.getPort()).healthy()).isFalse();
    }

    @Test
    void doesNotTakeAFailedCommandForHealth() {
        byte[] failed = { 0x01, 'o', 'k', 0x00, 0, 0, 0, 0, 0, 0, 0, 0 };

        assertThat(StoreHealth.answeredOk(failed)).isFalse();
    }
}
