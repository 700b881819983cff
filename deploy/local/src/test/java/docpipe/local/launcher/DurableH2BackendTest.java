package docpipe.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableH2BackendTest {

    @TempDir
    Path temp;

    @Test
    void keepsEveryAcknowledgedWriteWhenTheStoreIsNotClosedCleanly() {
        String file = temp.resolve("store.mv.db").toString();
        MVStore mvStore = new MVStore.Builder().fileName(file).open();
        MongoServer server = new MongoServer(new DurableH2Backend(mvStore));
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoCollection<Document> paragraphs = client.getDatabase("docpipe").getCollection("paragraphs");
            for (int i = 0; i < 300; i++) {
                paragraphs.insertOne(new Document("_id", i).append("text", "paragraph " + i));
            }
            paragraphs.updateOne(new Document("_id", 7), new Document("$set", new Document("text", "changed")));
        }
        server.stopListening();
        mvStore.closeImmediately(); // what a kill -9 leaves: no final commit

        MVStore reopened = new MVStore.Builder().fileName(file).open();
        MongoServer again = new MongoServer(new H2Backend(reopened));
        InetSocketAddress newAddress = again.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + newAddress.getPort())) {
            MongoCollection<Document> paragraphs = client.getDatabase("docpipe").getCollection("paragraphs");
            assertThat(paragraphs.countDocuments()).isEqualTo(300);
            assertThat(paragraphs.find(new Document("_id", 7)).first()).containsEntry("text", "changed");
        }
        finally {
            again.shutdownNow();
        }
    }

    /**
     * DurableH2Backend opens the stock backend's MVStore maps by their names in mongo-java-server 1.47. Should an
     * upgrade rename them, the store of every existing data directory would look empty: this fails first.
     */
    @Test
    void readsWhatTheStockBackendWroteSoALibraryUpgradeThatRenamesItsMapsFailsHere() {
        String file = temp.resolve("stock.mv.db").toString();
        MVStore stockStore = new MVStore.Builder().fileName(file).open();
        MongoServer stock = new MongoServer(new H2Backend(stockStore));
        InetSocketAddress address = stock.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            client.getDatabase("docpipe").getCollection("documents").insertOne(new Document("_id", "a").append("n", 1));
        }
        stock.shutdownNow();

        MVStore reopened = new MVStore.Builder().fileName(file).open();
        MongoServer durable = new MongoServer(new DurableH2Backend(reopened));
        InetSocketAddress newAddress = durable.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + newAddress.getPort())) {
            assertThat(client.getDatabase("docpipe").getCollection("documents").find(new Document("_id", "a")).first())
                    .as("a document the stock H2 backend wrote, read through DurableH2Backend: if this is null, "
                            + "mongo-java-server renamed its MVStore maps; update IndexedH2Database's map prefixes")
                    .isNotNull().containsEntry("n", 1);
        } finally {
            durable.shutdownNow();
        }
    }
}
