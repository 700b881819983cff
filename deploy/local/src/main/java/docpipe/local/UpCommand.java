package docpipe.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/** {@code ./docpipe up}: starts the stack, waits for it, seeds the inbox once, prints how to use it, then stays. */
final class UpCommand {

    private static final Duration GRACE = Duration.ofSeconds(20);

    private Settings settings;
    private final Console console;
    private final DataDirectory data;
    private StackPlan plan;

    UpCommand(Settings settings, Console console) {
        this.settings = settings;
        this.console = console;
        this.data = settings.data();
        this.plan = new StackPlan(settings);
    }

    int run() throws InterruptedException {
        data.create();
        if (!readyToStart()) {
            return 1;
        }
        settings = settings.withIngestToken(new IngestTokenFile(data).tokenOr(settings.ingestToken()));
        plan = new StackPlan(settings);
        ProcessSupervisor supervisor = new ProcessSupervisor(data, settings.home(), console, Backoff.DEFAULT);
        CountDownLatch stopped = stopOnShutdown(supervisor);
        console.info("data directory " + data.root());
        HealthWaiter waiter = new HealthWaiter(console, supervisor, settings.startTimeout());
        try {
            List<ProcessSpec> infrastructure = plan.infrastructure();
            supervisor.startGroup(infrastructure);
            waiter.awaitHealthy(infrastructure);
            List<ProcessSpec> services = plan.services();
            supervisor.startGroup(services);
            waiter.awaitHealthy(services);
        }
        catch (HealthWaiter.NotHealthy e) {
            report(e, supervisor);
            return 1; // System.exit runs the shutdown hook, which stops what was started
        }
        if (!supervisor.stopping()) { // Ctrl-C while starting: nothing to announce
            if (settings.seedSamples()) {
                seedSamples();
            }
            printWelcome();
        }
        stopped.await();
        return 0;
    }

    /** Refuses while a launcher of this data directory runs; stops what a killed launcher left behind. */
    private boolean readyToStart() {
        RunningStack running = new RunningStack(data);
        Optional<ProcessHandle> launcher = running.launcher();
        if (launcher.isPresent()) {
            console.info("a stack is already running from " + data.root() + " (launcher pid " + launcher.get().pid()
                    + "): use ./docpipe status, or ./docpipe stop first");
            return false;
        }
        if (!running.processes().isEmpty()) {
            console.info("processes of an earlier run are still alive (its launcher was killed): stopping them first");
            running.stopProcesses(GRACE, console);
        }
        String problem = missingJarsOrBusyPorts();
        if (problem != null) {
            console.info(problem);
            return false;
        }
        return true;
    }

    /** SIGINT, SIGTERM or the end of {@code up} all stop the stack in order; the latch opens when that is done. */
    private CountDownLatch stopOnShutdown(ProcessSupervisor supervisor) {
        data.pidFile(RunningStack.LAUNCHER).write(ProcessHandle.current().pid());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            console.info("shutting down");
            supervisor.stopAll(GRACE);
            data.pidFile(RunningStack.LAUNCHER).delete();
            console.info("stopped; all state is kept in " + data.root());
            stopped.countDown();
        }, "docpipe-shutdown"));
        return stopped;
    }

    private void report(HealthWaiter.NotHealthy e, ProcessSupervisor supervisor) {
        console.info("ERROR: " + e.getMessage());
        List<ProcessSpec> all = new ArrayList<>(plan.infrastructure());
        all.addAll(plan.services());
        for (ProcessSpec spec : all) {
            if (!e.names().contains(spec.name())) {
                continue;
            }
            boolean alive = supervisor.process(spec.name()).map(Process::isAlive).orElse(false);
            console.plain("---- " + spec.name() + ": " + (alive ? "running" : "not running") + ", restarted "
                    + supervisor.restarts(spec.name()) + " times; " + spec.health().diagnose());
            console.plain("---- last lines of " + data.log(spec.name()) + " (stack frames left out) ----");
            LogTail.lastLinesWithoutStackFrames(data.log(spec.name()), 30).forEach(console::plain);
        }
        console.plain("----");
    }

    private String missingJarsOrBusyPorts() {
        for (StackPlan.Service service : StackPlan.SERVICES) {
            Path jar = plan.serviceJar(service.name());
            if (!Files.isRegularFile(jar)) {
                return "ERROR: " + jar + " is missing: build first with `mvn -B -DskipTests install` (./docpipe does)";
            }
        }
        if (!Files.isRegularFile(settings.launcherJar())) {
            return "ERROR: " + settings.launcherJar() + " is missing: build first with `mvn -B -DskipTests install`";
        }
        for (int port : settings.ports().all()) {
            if (new PortProbe("127.0.0.1", port).open()) {
                return "ERROR: port " + port + " is already in use by another program (another docpipe stack with a"
                        + " different data directory?): stop it first";
            }
        }
        return null;
    }

    private void seedSamples() {
        try {
            List<String> copied = new SampleSeeder(settings.samples(), data).seedOnce();
            if (!copied.isEmpty()) {
                console.info("first start of this data directory: copied " + copied.size() + " samples into "
                        + data.inbox() + " " + copied);
            }
        }
        catch (IOException e) {
            console.info("could not copy the samples into the inbox: " + e.getMessage());
        }
    }

    private void printWelcome() {
        String token = settings.ingestToken();
        Ports ports = settings.ports();
        StringBuilder text = new StringBuilder("\n  docpipe is up.\n\n");
        text.append("  console         ").append(plan.consoleUrl())
                .append("   (open it in a browser: upload, follow, search, read)\n\n");
        for (StackPlan.Service service : StackPlan.SERVICES) {
            String base = "http://127.0.0.1:" + ports.service(service);
            text.append(String.format("  %-15s %s   health %s/actuator/health   metrics %s/actuator/prometheus%n",
                    service.name(), base, base, base));
        }
        text.append("  kafka           ").append(ports.bootstrapServers()).append(" (data in ").append(data.kafka()).append(")\n");
        text.append("  mongodb         ").append(ports.mongoUri()).append(" (data in ").append(data.store()).append(")\n");
        text.append("  logs            ").append(data.logs()).append("\n");
        text.append("  inbox           ").append(data.inbox()).append("\n\n");
        IngestTokenFile tokenFile = new IngestTokenFile(data);
        text.append("  ingest token    ").append(token).append(Files.isRegularFile(tokenFile.file())
                && System.getenv().getOrDefault("DOCPIPE_INGEST_TOKEN", "").isBlank()
                ? "   (this data directory's own, kept in " + tokenFile.file() + ")\n\n"
                : "   (from DOCPIPE_INGEST_TOKEN)\n\n");
        text.append("  try:\n");
        text.append("    curl -H \"Authorization: Bearer ").append(token)
                .append("\" -F file=@samples/A-RES-76-270.en.txt http://127.0.0.1:")
                .append(ports.service(StackPlan.SERVICES.get(0))).append("/api/documents\n");
        int query = ports.service(StackPlan.SERVICES.get(3));
        text.append("    curl http://127.0.0.1:").append(query).append("/api/documents/<id>\n");
        text.append("    curl http://127.0.0.1:").append(query).append("/api/documents/<id>/paragraphs\n\n");
        text.append("  Ctrl-C stops everything (or ./docpipe stop from another terminal).\n");
        console.plain(text.toString());
    }
}
