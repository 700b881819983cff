package docpipe.local.e2e;

import docpipe.enrich.EnrichServiceApplication;
import docpipe.ingest.IngestServiceApplication;
import docpipe.parse.ParseServiceApplication;
import docpipe.query.QueryServiceApplication;
import org.springframework.test.util.TestSocketUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The four services started in this JVM against a given broker and store, each on a random port, each from its own
 * exec jar's classes through its own main method ({@link IsolatedService}): with its own configuration and security,
 * nothing excluded or added for the test.
 */
final class RunningPipeline implements AutoCloseable {

    static final String TOKEN = "e2e-" + java.util.UUID.randomUUID();

    private final List<IsolatedService> services = new ArrayList<>();
    final int ingestPort;
    final int parsePort;
    final int enrichPort;
    final int queryPort;
    /** The token query-service's reads need; null when they are open. */
    final String readToken;

    private final List<String> extraArguments;

    RunningPipeline(String bootstrapServers, String mongoUri, Path inbox, String... extraArguments) {
        this(bootstrapServers, mongoUri, inbox, false, null, extraArguments);
    }

    /**
     * The pipeline with the web console wired as {@code ./docpipe up} wires it: query-service tells the page where
     * ingest-service is, and ingest-service allows the page's origin. Ingest's port is chosen before query-service
     * starts, because query-service must know it and starts first.
     */
    static RunningPipeline withConsole(String bootstrapServers, String mongoUri, Path inbox, String readToken) {
        return new RunningPipeline(bootstrapServers, mongoUri, inbox, true, readToken);
    }

    /** The pipeline as Compose and Kubernetes run it: query-service's reads need the given token. */
    static RunningPipeline withReadToken(String bootstrapServers, String mongoUri, Path inbox, String readToken) {
        return new RunningPipeline(bootstrapServers, mongoUri, inbox, false, readToken);
    }

    private RunningPipeline(String bootstrapServers, String mongoUri, Path inbox, boolean console, String readToken,
                            String... extraArguments) {
        this.extraArguments = List.of(extraArguments);
        this.readToken = readToken;
        int chosenIngestPort = console ? TestSocketUtils.findAvailableTcpPort() : 0;
        List<String> queryArguments = new ArrayList<>();
        if (console) {
            queryArguments.add("--docpipe.query.console.ingest-url=http://127.0.0.1:" + chosenIngestPort);
        }
        if (readToken != null) {
            queryArguments.add("--docpipe.query.read-token=" + readToken);
        }
        try {
            // Downstream first, so nothing is published before its consumer exists (they read from the start anyway).
            queryPort = start("query-service", QueryServiceApplication.class, bootstrapServers, mongoUri, inbox, 0,
                    queryArguments);
            enrichPort = start("enrich-service", EnrichServiceApplication.class, bootstrapServers, mongoUri, inbox, 0,
                    List.of());
            parsePort = start("parse-service", ParseServiceApplication.class, bootstrapServers, mongoUri, inbox, 0,
                    List.of());
            ingestPort = start("ingest-service", IngestServiceApplication.class, bootstrapServers, mongoUri, inbox,
                    chosenIngestPort,
                    console ? List.of("--docpipe.ingest.cors.allowed-origins=http://127.0.0.1:" + queryPort) : List.of());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private int start(String name, Class<?> application, String bootstrapServers, String mongoUri, Path inbox, int port,
                      List<String> ownArguments) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--spring.mongodb.uri=" + mongoUri,
                "--docpipe.ingest.token=" + TOKEN,
                "--docpipe.inbox.folder=" + inbox,
                "--docpipe.topics.retry-backoff=200ms",
                "--docpipe.topics.retry-for=2s",
                "--spring.kafka.consumer.properties.metadata.max.age.ms=1000",
                "--spring.main.banner-mode=off"));
        arguments.addAll(ownArguments);
        arguments.addAll(extraArguments);
        IsolatedService service = IsolatedService.start(name, application, arguments);
        services.add(service);
        return service.port;
    }

    @Override
    public void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
        services.clear();
    }
}
