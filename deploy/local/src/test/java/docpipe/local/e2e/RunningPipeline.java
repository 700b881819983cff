package docpipe.local.e2e;

import docpipe.enrich.EnrichServiceApplication;
import docpipe.ingest.IngestServiceApplication;
import docpipe.parse.ParseServiceApplication;
import docpipe.query.QueryServiceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.util.TestSocketUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The four services started in this JVM against a given broker and store, each on a random port,
 * exactly as their own main methods start them.
 */
final class RunningPipeline implements AutoCloseable {

    static final String TOKEN = "e2e-" + java.util.UUID.randomUUID();

    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    final int ingestPort;
    final int parsePort;
    final int enrichPort;
    final int queryPort;

    private final List<String> extraArguments;

    RunningPipeline(String bootstrapServers, String mongoUri, Path inbox, String... extraArguments) {
        this(bootstrapServers, mongoUri, inbox, false, extraArguments);
    }

    /**
     * The pipeline with the web console wired as {@code ./docpipe up} wires it: query-service tells the page where
     * ingest-service is, and ingest-service allows the page's origin. Ingest's port is chosen before query-service
     * starts, because query-service must know it and starts first.
     */
    static RunningPipeline withConsole(String bootstrapServers, String mongoUri, Path inbox) {
        return new RunningPipeline(bootstrapServers, mongoUri, inbox, true);
    }

    private RunningPipeline(String bootstrapServers, String mongoUri, Path inbox, boolean console,
                            String... extraArguments) {
        this.extraArguments = List.of(extraArguments);
        int chosenIngestPort = console ? TestSocketUtils.findAvailableTcpPort() : 0;
        // Downstream first, so nothing is published before its consumer exists (they read from the start anyway).
        queryPort = start(QueryServiceApplication::builder, bootstrapServers, mongoUri, inbox, WITHOUT_SECURITY, 0,
                console ? List.of("--docpipe.query.console.ingest-url=http://127.0.0.1:" + chosenIngestPort) : List.of());
        enrichPort = start(EnrichServiceApplication::builder, bootstrapServers, mongoUri, inbox,
                WITHOUT_SECURITY + "," + WITHOUT_MONGODB, 0, List.of());
        parsePort = start(ParseServiceApplication::builder, bootstrapServers, mongoUri, inbox, WITHOUT_SECURITY, 0,
                List.of());
        ingestPort = start(IngestServiceApplication::builder, bootstrapServers, mongoUri, inbox, "", chosenIngestPort,
                console ? List.of("--docpipe.ingest.cors.allowed-origins=http://127.0.0.1:" + queryPort) : List.of());
    }

    /**
     * Only the ingest service uses Spring Security; in this shared classpath the others would pick up its
     * auto-configuration (and lock every endpoint) unless told not to, which their own jars never need.
     */
    private static final String WITHOUT_SECURITY = String.join(",",
            "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration");

    /** The enrich service has no store; here it would find the others' MongoDB driver and configure a client. */
    private static final String WITHOUT_MONGODB = String.join(",",
            "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration");

    private int start(Supplier<SpringApplicationBuilder> builder, String bootstrapServers, String mongoUri,
                      Path inbox, String excludedAutoConfiguration, int port, List<String> ownArguments) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--spring.mongodb.uri=" + mongoUri,
                "--docpipe.ingest.token=" + TOKEN,
                "--docpipe.inbox.folder=" + inbox,
                "--docpipe.topics.retry-backoff=200ms",
                "--docpipe.topics.retry-for=2s",
                "--spring.kafka.consumer.properties.metadata.max.age.ms=1000",
                "--spring.main.banner-mode=off",
                "--spring.autoconfigure.exclude=" + excludedAutoConfiguration));
        arguments.addAll(ownArguments);
        arguments.addAll(extraArguments);
        ConfigurableApplicationContext context = builder.get().run(arguments.toArray(String[]::new));
        contexts.add(context);
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @Override
    public void close() {
        for (int i = contexts.size() - 1; i >= 0; i--) {
            contexts.get(i).close();
        }
    }
}
