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
 * The {@code store} role: a MongoDB-wire server (mongo-java-server) on 127.0.0.1:27017 (or the given port) whose data lives in one H2
 * MVStore file, committed on every write and closed cleanly on SIGTERM.
 */
public final class StoreServer {

    private static final Logger log = LoggerFactory.getLogger(StoreServer.class);

    private StoreServer() {
    }

    /** {@code args[0]}: the MVStore file; {@code args[1]}, optional: the port (default 27017). */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1 && args.length != 2) {
            throw new IllegalArgumentException("usage: store <mvstore-file> [<port>]");
        }
        int port = args.length == 2 ? Integer.parseInt(args[1]) : Ports.STORE;
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
        server.bind("127.0.0.1", port);
        log.info("store listening on mongodb://127.0.0.1:{} with data in {}", port, file);
        stopped.await();
    }
}
