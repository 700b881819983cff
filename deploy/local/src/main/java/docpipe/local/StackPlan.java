package docpipe.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The six processes of the local stack and the exact command line of each. */
final class StackPlan {

    static final String BROKER = "broker";
    static final String STORE = "store";
    static final String VERSION = "0.1.0-SNAPSHOT";

    /** A Spring Boot service of the pipeline, with its contract port (before {@code DOCPIPE_PORT_OFFSET}) and heap. */
    record Service(String name, int port, String maxHeap) {
    }

    static final List<Service> SERVICES = List.of(
            new Service("ingest-service", 8081, "256m"),
            new Service("parse-service", 8082, "384m"),
            new Service("enrich-service", 8083, "256m"),
            new Service("query-service", 8084, "256m"));

    private final Settings settings;

    StackPlan(Settings settings) {
        this.settings = settings;
    }

    /** Every process name, in start order: what the pid files and logs are named after. */
    static List<String> processNames() {
        List<String> names = new ArrayList<>(List.of(BROKER, STORE));
        SERVICES.forEach(service -> names.add(service.name()));
        return names;
    }

    List<ProcessSpec> infrastructure() {
        return List.of(broker(), store());
    }

    ProcessSpec broker() {
        List<String> command = jvm(BROKER, "256m");
        command.addAll(List.of("-jar", settings.launcherJar().toString(), BROKER, settings.data().kafka().toString(),
                settings.data().run().resolve("broker.properties").toString(), String.valueOf(ports().broker()),
                String.valueOf(ports().controller())));
        return new ProcessSpec(BROKER, command, new BrokerHealth(ports().bootstrapServers()));
    }

    ProcessSpec store() {
        // The store does the most work of the stack (the benchmarks' profiles: two thirds of its CPU in scans
        // and H2 page reads, a third of it in GC at 192 MB): it gets more heap and the optimising compiler.
        List<String> command = jvm(STORE, "384m");
        command.remove("-XX:TieredStopAtLevel=1");
        command.addAll(List.of("-jar", settings.launcherJar().toString(), STORE, settings.data().storeFile().toString(),
                String.valueOf(ports().store())));
        return new ProcessSpec(STORE, command, new StoreHealth("127.0.0.1", ports().store()));
    }

    List<ProcessSpec> services() {
        return SERVICES.stream().map(this::service).toList();
    }

    ProcessSpec service(Service service) {
        List<String> command = jvm(service.name(), service.maxHeap());
        command.add("-jar");
        command.add(serviceJar(service.name()).toString());
        command.addAll(serviceArguments(service));
        return new ProcessSpec(service.name(), command, ActuatorHealth.onPort(ports().service(service)),
                serviceEnvironment(service));
    }

    /**
     * The ingest token goes by environment: ingest-service guards writes with it, parse- and enrich-service their
     * preview endpoints. The query service's reads stay open on the loopback address.
     */
    Map<String, String> serviceEnvironment(Service service) {
        return service.name().equals("query-service") ? Map.of()
                : Map.of("DOCPIPE_INGEST_TOKEN", settings.ingestToken());
    }

    List<String> serviceArguments(Service service) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=" + ports().service(service),
                "--server.address=" + settings.bindAddress(),
                "--spring.kafka.bootstrap-servers=" + ports().bootstrapServers(),
                "--spring.mongodb.uri=" + ports().mongoUri()));
        if (service.name().equals("ingest-service")) {
            arguments.add("--docpipe.inbox.folder=" + settings.data().inbox());
            // the web console is served by query-service and uploads from there (another origin)
            int console = ports().service(SERVICES.get(3));
            arguments.add("--docpipe.ingest.cors.allowed-origins=http://127.0.0.1:" + console + ",http://localhost:" + console);
        }
        if (service.name().equals("query-service")) {
            arguments.add("--docpipe.query.search.index-dir=" + settings.data().root().resolve("search-index"));
            arguments.add("--docpipe.query.console.ingest-url=http://127.0.0.1:" + ports().service(SERVICES.get(0)));
        }
        return arguments;
    }

    /** The web console, served by query-service: the first address a newcomer opens. */
    String consoleUrl() {
        return "http://127.0.0.1:" + ports().service(SERVICES.get(3)) + "/";
    }

    Ports ports() {
        return settings.ports();
    }

    Path serviceJar(String name) {
        return settings.home().resolve(name).resolve("target").resolve(name + "-" + VERSION + "-exec.jar");
    }

    /**
     * A small footprint per JVM: six of them must fit in 2.5 GB resident. Serial GC and C1 only cost little
     * throughput at this scale and save memory and start-up CPU on a small machine.
     */
    private List<String> jvm(String name, String maxHeap) {
        List<String> command = new ArrayList<>(List.of(
                settings.javaCommand(),
                ProcessSpec.roleMarker(name),
                "-Xmx" + maxHeap,
                "-Xss512k",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-XX:ReservedCodeCacheSize=64m",
                "-Dfile.encoding=UTF-8",
                "-Djava.awt.headless=true"));
        command.addAll(settings.extraJvmOptions());
        return command;
    }
}
