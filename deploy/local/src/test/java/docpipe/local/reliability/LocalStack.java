package docpipe.local.reliability;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The local stack as a user runs it: {@code java -jar docpipe-local-...-exec.jar up} as a real child process, on ports
 * moved by a random free offset, with its own data directory. Closing it sends SIGTERM to the launcher and then kills
 * whatever child is left.
 */
final class LocalStack implements AutoCloseable {

    static final List<String> SERVICES = List.of("ingest-service", "parse-service", "enrich-service", "query-service");
    private static final List<Integer> CONTRACT_PORTS = List.of(9092, 9093, 27017, 8081, 8082, 8083, 8084);

    private final Path home;
    private final Path data;
    private final int offset;
    private final String token;
    private final Process launcher;
    private final List<ProcessHandle> seen = new ArrayList<>();

    private LocalStack(Path home, Path data, int offset, String token, Process launcher) {
        this.home = home;
        this.data = data;
        this.offset = offset;
        this.token = token;
        this.launcher = launcher;
    }

    /** Starts {@code up} and returns at once; {@link #awaitUp} waits for it. */
    static LocalStack start(Path home, Path data, String token) throws IOException {
        Path jar = home.resolve("deploy/local/target/docpipe-local-0.1.0-SNAPSHOT-exec.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the package phase builds it");
        }
        for (String service : SERVICES) {
            Path serviceJar = home.resolve(service).resolve("target").resolve(service + "-0.1.0-SNAPSHOT-exec.jar");
            if (!Files.isRegularFile(serviceJar)) {
                throw new IllegalStateException(serviceJar + " is missing: run `mvn -B -o -DskipTests install` once");
            }
        }
        int offset = freeOffset();
        Files.createDirectories(data);
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toString(), "up")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("launcher.out").toFile());
        Map<String, String> env = builder.environment();
        env.put("DOCPIPE_HOME", home.toString());
        env.put("DOCPIPE_DATA_DIR", data.toString());
        env.put("DOCPIPE_PORT_OFFSET", String.valueOf(offset));
        env.put("DOCPIPE_SEED_SAMPLES", "false");
        env.put("DOCPIPE_INGEST_TOKEN", token);
        env.put("DOCPIPE_START_TIMEOUT", "300");
        return new LocalStack(home, data, offset, token, builder.start());
    }

    /**
     * An offset that puts every port of the stack on a free port below the ephemeral range (32768), so that no
     * outgoing connection takes one of them while the stack restarts a process.
     */
    private static int freeOffset() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int offset = ThreadLocalRandom.current().nextInt(1000, 5700);
            if (CONTRACT_PORTS.stream().allMatch(port -> free(port + offset))) {
                return offset;
            }
        }
        throw new IllegalStateException("found no port offset with all of " + CONTRACT_PORTS + " free");
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        }
        catch (IOException e) {
            return false;
        }
    }

    void awaitUp(Duration timeout) {
        await("the launcher to print 'docpipe is up'").atMost(timeout).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    if (!launcher.isAlive()) {
                        throw new IllegalStateException("the launcher exited with " + launcher.exitValue() + ":\n"
                                + launcherOutput());
                    }
                    return launcherOutput().contains("docpipe is up.");
                });
        rememberChildren();
    }

    String launcherOutput() {
        try {
            return Files.readString(data.resolve("launcher.out"), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            return "";
        }
    }

    int port(String name) {
        return offset + switch (name) {
            case "broker" -> 9092;
            case "store" -> 27017;
            case "ingest-service" -> 8081;
            case "parse-service" -> 8082;
            case "enrich-service" -> 8083;
            case "query-service" -> 8084;
            default -> throw new IllegalArgumentException(name);
        };
    }

    String url(String service) {
        return "http://127.0.0.1:" + port(service);
    }

    int offset() {
        return offset;
    }

    String token() {
        return token;
    }

    Path data() {
        return data;
    }

    Path log(String name) {
        return data.resolve("logs").resolve(name + ".log");
    }

    /** The pid in {@code run/<name>.pid} when that process is alive. */
    OptionalLong pid(String name) {
        try {
            Path file = data.resolve("run").resolve(name + ".pid");
            if (!Files.exists(file)) {
                return OptionalLong.empty();
            }
            long pid = Long.parseLong(Files.readString(file).trim());
            Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            return handle.isPresent() ? OptionalLong.of(pid) : OptionalLong.empty();
        }
        catch (IOException | NumberFormatException e) {
            return OptionalLong.empty(); // being rewritten by the launcher
        }
    }

    /** {@code kill -9} of the process named in {@code run/<name>.pid}; returns its pid. */
    long killHard(String name) throws IOException, InterruptedException {
        long pid = pid(name).orElseThrow(() -> new IllegalStateException(name + " is not running"));
        Process kill = new ProcessBuilder("kill", "-9", String.valueOf(pid)).inheritIO().start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IllegalStateException("kill -9 " + pid + " failed");
        }
        await(name + " (pid " + pid + ") to die").atMost(Duration.ofSeconds(10))
                .until(() -> ProcessHandle.of(pid).map(handle -> !handle.isAlive()).orElse(true));
        return pid;
    }

    /** Waits until the launcher has started a new process for {@code name} (another pid) and it accepts connections. */
    void awaitRestarted(String name, long killedPid, Duration timeout) {
        await(name + " to be restarted by the launcher").atMost(timeout).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    OptionalLong pid = pid(name);
                    return pid.isPresent() && pid.getAsLong() != killedPid && accepts(port(name));
                });
        rememberChildren();
    }

    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            return true;
        }
        catch (IOException e) {
            return false;
        }
    }

    private void rememberChildren() {
        launcher.descendants().forEach(seen::add);
    }

    /** SIGTERM to the launcher (it stops its processes in order), then SIGKILL to anything of this stack left alive. */
    @Override
    public void close() {
        rememberChildren();
        launcher.destroy();
        try {
            launcher.waitFor(90, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (launcher.isAlive()) {
            launcher.destroyForcibly();
        }
        List<ProcessHandle> left = new ArrayList<>(seen);
        for (String name : List.of("broker", "store", "ingest-service", "parse-service", "enrich-service",
                "query-service")) {
            pid(name).ifPresent(pid -> ProcessHandle.of(pid)
                    .filter(handle -> handle.info().commandLine().orElse("").contains("-Ddocpipe.role=" + name))
                    .ifPresent(left::add));
        }
        left.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    Path home() {
        return home;
    }
}
