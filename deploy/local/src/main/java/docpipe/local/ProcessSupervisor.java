package docpipe.local;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Starts the processes of the stack, each with its output appended to {@code logs/<name>.log} and its pid in
 * {@code run/<name>.pid}; restarts one that dies, after a back-off; stops them group by group, the last started
 * group first.
 */
final class ProcessSupervisor {

    private final DataDirectory data;
    private final Path workingDirectory;
    private final Console console;
    private final Backoff backoff;
    private final boolean ownSessions;
    private final ScheduledExecutorService restarts = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "restarts");
        thread.setDaemon(true);
        return thread;
    });
    private final List<List<Supervised>> groups = new ArrayList<>();
    private volatile boolean stopping;

    ProcessSupervisor(DataDirectory data, Path workingDirectory, Console console, Backoff backoff) {
        this.data = data;
        this.workingDirectory = workingDirectory;
        this.console = console;
        this.backoff = backoff;
        this.ownSessions = new File("/usr/bin/setsid").canExecute() || new File("/bin/setsid").canExecute();
    }

    /** A process under supervision; {@code process} changes on every restart. */
    private static final class Supervised {

        final ProcessSpec spec;
        volatile Process process;
        volatile Instant startedAt;
        volatile int attempt;
        volatile int restarts;

        Supervised(ProcessSpec spec) {
            this.spec = spec;
        }
    }

    /** Starts {@code specs} together, as one group (they will be stopped together). */
    synchronized void startGroup(List<ProcessSpec> specs) {
        List<Supervised> group = specs.stream().map(Supervised::new).toList();
        groups.add(group);
        group.forEach(this::launch);
    }

    private synchronized void launch(Supervised supervised) {
        if (stopping) {
            return;
        }
        ProcessSpec spec = supervised.spec;
        Path log = data.log(spec.name());
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "==== docpipe: starting " + spec.name() + " at " + Instant.now() + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(spec.commandInOwnSession(ownSessions));
            builder.environment().putAll(spec.environment());
            Process process = builder
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            supervised.process = process;
            supervised.startedAt = Instant.now();
            data.pidFile(spec.name()).write(process.pid());
            console.info("started " + spec.name() + " (pid " + process.pid() + ", log " + log + ")");
            process.onExit().thenAccept(exited -> onExit(supervised, exited));
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot start " + spec.name(), e);
        }
    }

    private void onExit(Supervised supervised, Process exited) {
        if (stopping || supervised.process != exited) {
            return;
        }
        Duration ran = Duration.between(supervised.startedAt, Instant.now());
        supervised.attempt = backoff.nextAttempt(supervised.attempt, ran);
        supervised.restarts++;
        Duration delay = backoff.delay(supervised.attempt);
        console.info(supervised.spec.name() + " exited with code " + exited.exitValue() + " after " + ran.toSeconds()
                + " s; restarting it in " + delay.toSeconds() + " s (restart " + supervised.restarts + ", see "
                + data.log(supervised.spec.name()) + ")");
        restarts.schedule(() -> launchQuietly(supervised), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void launchQuietly(Supervised supervised) {
        try {
            launch(supervised);
        }
        catch (UncheckedIOException e) {
            console.info(e.getMessage() + ": " + e.getCause().getMessage());
            onExit(supervised, supervised.process);
        }
    }

    boolean stopping() {
        return stopping;
    }

    /** How often {@code name} has been restarted so far. */
    int restarts(String name) {
        return find(name).map(supervised -> supervised.restarts).orElse(0);
    }

    Optional<Process> process(String name) {
        return find(name).map(supervised -> supervised.process);
    }

    private synchronized Optional<Supervised> find(String name) {
        return groups.stream().flatMap(List::stream).filter(s -> s.spec.name().equals(name)).findFirst();
    }

    /** Stops every group, the last started first; each process gets SIGTERM, {@code grace}, then SIGKILL. */
    void stopAll(Duration grace) {
        List<List<Supervised>> reversed;
        synchronized (this) {
            stopping = true;
            reversed = new ArrayList<>(groups);
        }
        restarts.shutdownNow();
        Collections.reverse(reversed);
        for (List<Supervised> group : reversed) {
            List<String> names = group.stream().map(s -> s.spec.name()).toList();
            List<ProcessHandle> handles = group.stream()
                    .filter(s -> s.process != null)
                    .map(s -> s.process.toHandle())
                    .toList();
            if (handles.stream().anyMatch(ProcessHandle::isAlive)) {
                console.info("stopping " + String.join(", ", names));
            }
            Termination.terminate(handles, grace, console, String.join(", ", names));
            names.forEach(name -> data.pidFile(name).delete());
        }
    }
}
