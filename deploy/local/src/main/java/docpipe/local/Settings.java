package docpipe.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the launcher reads from its environment.
 *
 * @param home the repository root (holds {@code samples/} and each service's {@code target/})
 * @param data the data directory, {@code DOCPIPE_DATA_DIR} (relative to the working directory), default
 *        {@code data/} in the repository root
 * @param ingestToken the bearer token of the ingest service, {@code DOCPIPE_INGEST_TOKEN}; blank: the data
 *        directory's own ({@link IngestTokenFile}), made up at random on its first start
 * @param javaCommand the {@code java} executable used for every child process
 * @param launcherJar the exec jar that also runs the broker and store roles
 * @param startTimeout how long {@code up} waits for each group of processes to become healthy
 * @param extraJvmOptions {@code DOCPIPE_JVM_OPTS}, appended to every child JVM's options
 * @param ports the ports of every process, moved by {@code DOCPIPE_PORT_OFFSET} (default 0)
 * @param seedSamples {@code DOCPIPE_SEED_SAMPLES} ({@code false} turns it off): whether the first start copies
 *        {@code samples/} into the inbox
 * @param bindAddress {@code DOCPIPE_BIND_ADDRESS}, default {@code 127.0.0.1}: the address every service listens on
 *        (the broker and the store listen on 127.0.0.1 always)
 */
record Settings(Path home, DataDirectory data, String ingestToken, String javaCommand, Path launcherJar,
        Duration startTimeout, List<String> extraJvmOptions, Ports ports, boolean seedSamples, String bindAddress) {

    static final String LOOPBACK = "127.0.0.1";

    /** The contract's ports and the samples seeded. */
    Settings(Path home, DataDirectory data, String ingestToken, String javaCommand, Path launcherJar,
            Duration startTimeout, List<String> extraJvmOptions) {
        this(home, data, ingestToken, javaCommand, launcherJar, startTimeout, extraJvmOptions, Ports.DEFAULT, true, LOOPBACK);
    }

    /** The same settings with the token the services are given. */
    Settings withIngestToken(String token) {
        return new Settings(home, data, token, javaCommand, launcherJar, startTimeout, extraJvmOptions, ports, seedSamples,
                bindAddress);
    }

    static Settings fromEnvironment(Map<String, String> env, Path workingDirectory, Path launcherJar) {
        Path home = env.containsKey("DOCPIPE_HOME") ? Path.of(env.get("DOCPIPE_HOME")) : homeOf(launcherJar, workingDirectory);
        Path data = env.containsKey("DOCPIPE_DATA_DIR") ? workingDirectory.resolve(env.get("DOCPIPE_DATA_DIR"))
                : home.resolve("data");
        String token = env.getOrDefault("DOCPIPE_INGEST_TOKEN", "");
        Duration timeout = Duration.ofSeconds(Long.parseLong(env.getOrDefault("DOCPIPE_START_TIMEOUT", "240")));
        List<String> jvmOptions = Arrays.stream(env.getOrDefault("DOCPIPE_JVM_OPTS", "").trim().split("\\s+"))
                .filter(option -> !option.isEmpty())
                .toList();
        Ports ports = Ports.ofOffset(env.get("DOCPIPE_PORT_OFFSET"));
        boolean seedSamples = !env.getOrDefault("DOCPIPE_SEED_SAMPLES", "true").trim().equalsIgnoreCase("false");
        String bindAddress = env.getOrDefault("DOCPIPE_BIND_ADDRESS", "").isBlank() ? LOOPBACK
                : env.get("DOCPIPE_BIND_ADDRESS").strip();
        return new Settings(home.toAbsolutePath().normalize(), new DataDirectory(data), token.strip(), runningJava(),
                launcherJar, timeout, jvmOptions, ports, seedSamples, bindAddress);
    }

    /** The jar sits in {@code <home>/deploy/local/target/}; anything else (an IDE run) falls back to the working directory. */
    private static Path homeOf(Path launcherJar, Path workingDirectory) {
        Path candidate = launcherJar.toAbsolutePath().getParent();
        for (int i = 0; i < 3 && candidate != null; i++) {
            candidate = candidate.getParent();
        }
        return candidate != null && Files.isDirectory(candidate.resolve("samples")) ? candidate : workingDirectory;
    }

    private static String runningJava() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    Path samples() {
        return home.resolve("samples");
    }
}
