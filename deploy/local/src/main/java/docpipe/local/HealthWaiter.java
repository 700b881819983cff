package docpipe.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Polls the health checks of a group of processes until all pass, printing progress, or gives up at a timeout. */
final class HealthWaiter {

    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

    private final Console console;
    private final ProcessSupervisor supervisor;
    private final Duration timeout;

    HealthWaiter(Console console, ProcessSupervisor supervisor, Duration timeout) {
        this.console = console;
        this.supervisor = supervisor;
        this.timeout = timeout;
    }

    /** Raised when processes are not healthy in time; names them. */
    static final class NotHealthy extends Exception {

        private final List<String> names;

        NotHealthy(List<String> names, Duration timeout) {
            super(String.join(", ", names) + " did not become healthy within " + timeout.toSeconds() + " s");
            this.names = List.copyOf(names);
        }

        List<String> names() {
            return names;
        }
    }

    void awaitHealthy(List<ProcessSpec> specs) throws NotHealthy, InterruptedException {
        long start = System.nanoTime();
        long nextProgress = start + PROGRESS_EVERY.toNanos();
        List<ProcessSpec> pending = new ArrayList<>(specs);
        while (true) {
            pending.removeIf(spec -> {
                boolean healthy = spec.health().healthy();
                if (healthy) {
                    console.info(spec.name() + " is up (" + elapsedSeconds(start) + " s, " + spec.health().target() + ")");
                }
                return healthy;
            });
            if (pending.isEmpty() || supervisor.stopping()) {
                return;
            }
            long now = System.nanoTime();
            if (now - start > timeout.toNanos()) {
                throw new NotHealthy(pending.stream().map(ProcessSpec::name).toList(), timeout);
            }
            if (now >= nextProgress) {
                console.info("waiting for " + describe(pending) + " (" + elapsedSeconds(start) + " s)");
                nextProgress = now + PROGRESS_EVERY.toNanos();
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private String describe(List<ProcessSpec> pending) {
        return String.join(", ", pending.stream().map(spec -> {
            int restarts = supervisor.restarts(spec.name());
            return restarts == 0 ? spec.name() : spec.name() + " (restarted " + restarts + "x)";
        }).toList());
    }

    private static long elapsedSeconds(long start) {
        return Duration.ofNanos(System.nanoTime() - start).toSeconds();
    }
}
