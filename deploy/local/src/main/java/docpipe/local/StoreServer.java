package docpipe.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code store} role: a MongoDB-wire server (mongo-java-server) on 127.0.0.1:27017 whose data lives in one H2
 * MVStore file, committed on every write and closed cleanly on SIGTERM.
 */
public final class StoreServer {

    private static final Logger log = LoggerFactory.getLogger(StoreServer.class);

    private StoreServer() {
    }

    /** {@code args[0]}: the MVStore file. */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: store <mvstore-file>");
        }
        Path file = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(file.getParent());
        MVStore mvStore = new MVStore.Builder().fileName(file.toString()).open();
        MongoServer server = new MongoServer(new DurableH2Backend(mvStore));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping the store");
            server.shutdown(); // closes the backend, which commits and closes the MVStore
            log.info("store stopped, {} closed", file);
            stopped.countDown();
        }, "store-shutdown"));
        server.bind("127.0.0.1", StackPlan.STORE_PORT);
        log.info("store listening on {} with data in {}", StackPlan.MONGODB_URI, file);
        stopped.await();
    }
}
