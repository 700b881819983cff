package docpipe.local;

import docpipe.local.top.TopCommand;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry point of the exec jar behind {@code ./docpipe}: the user commands {@code up}, {@code status}, {@code stop},
 * {@code top}, {@code help}, and the roles {@code broker} and {@code store} that {@code up} starts as child processes.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "help" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        boolean role = command.equals(StackPlan.BROKER) || command.equals(StackPlan.STORE);
        // before any logger exists: the roles log at INFO into their log file, the launcher only warnings
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", role ? "docpipe-local-logback.xml" : "docpipe-launcher-logback.xml");
        }
        switch (command) {
            case StackPlan.BROKER -> BrokerServer.main(rest);
            case StackPlan.STORE -> StoreServer.main(rest);
            case "up" -> System.exit(new UpCommand(settings(), new Console(System.out)).run());
            case "status" -> System.exit(new StatusCommand(settings(), new Console(System.out)).run());
            case "stop" -> System.exit(new StopCommand(settings(), new Console(System.out)).run());
            case "top" -> System.exit(top(settings(), rest));
            case "help", "-h", "--help" -> System.out.print(HELP);
            default -> {
                System.err.println("docpipe: unknown command '" + command + "'\n");
                System.err.print(HELP);
                System.exit(2);
            }
        }
    }

    private static Settings settings() {
        return Settings.fromEnvironment(System.getenv(), Path.of("").toAbsolutePath(), launcherJar());
    }

    /** {@code top}: the live per-stage summary, from the services of the stack this data directory's settings name. */
    private static int top(Settings settings, String[] arguments) throws InterruptedException {
        Map<String, Integer> ports = new LinkedHashMap<>();
        List<String> stages = List.of("ingest", "parse", "enrich", "store");
        for (int i = 0; i < stages.size(); i++) {
            ports.put(stages.get(i), settings.ports().service(StackPlan.SERVICES.get(i)));
        }
        return new TopCommand(ports).run(List.of(arguments), System.out);
    }

    /** Under {@code java -jar} the class path is the exec jar itself; run from classes (an IDE), the usual build output. */
    private static Path launcherJar() {
        String first = System.getProperty("java.class.path", "").split(File.pathSeparator)[0];
        Path jar = first.endsWith(".jar") ? Path.of(first)
                : Path.of("deploy", "local", "target", "docpipe-local-" + StackPlan.VERSION + "-exec.jar");
        return jar.toAbsolutePath().normalize();
    }

    static final String HELP = """
            usage: ./docpipe <command>

              up       build what is not built yet, start the local stack (Kafka broker, MongoDB-wire store and the
                       four services), wait until all are healthy, drop the samples into the inbox on the first
                       start, then stay in the foreground; Ctrl-C stops everything
              status   which processes of the stack run and whether they answer their health check
              stop     stop a stack started from this data directory (by its pid files)
              top      a live per-stage summary (documents done and failed, rates, stage and end-to-end latency
                       percentiles, consumer lag) from the services' metrics; top --once prints it once
              help     this text

            environment:
              DOCPIPE_DATA_DIR       all state: kafka/, store/, inbox/, logs/, run/ (default ./data)
              DOCPIPE_INGEST_TOKEN   bearer token of the ingest service and the previews (default: made up at
                                     random on a data directory's first start, kept in <data>/ingest-token, 0600)
              DOCPIPE_BIND_ADDRESS   the address the four services listen on (default 127.0.0.1; 0.0.0.0 for all)
              DOCPIPE_START_TIMEOUT  seconds to wait for the broker and store, then for the services (default 240)
              DOCPIPE_JVM_OPTS       extra options for every child JVM, e.g. -Xmx512m
              DOCPIPE_PORT_OFFSET    added to every port below, to run a second stack beside one (default 0)
              DOCPIPE_SEED_SAMPLES   false: do not copy samples/ into the inbox on the first start
              JAVA_HOME              the JDK to use (17 or newer); otherwise java from the PATH

            ports (plus DOCPIPE_PORT_OFFSET): broker 127.0.0.1:9092 (controller 9093), store 127.0.0.1:27017,
            ingest 8081, parse 8082, enrich 8083, query 8084 (on DOCPIPE_BIND_ADDRESS)
            """;
}
