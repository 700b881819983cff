package docpipe.local;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops processes the polite way first: SIGTERM, a grace period, then SIGKILL for whatever is left. */
final class Termination {

    private Termination() {
    }

    /** Terminates all of {@code processes} together and returns once every one has exited. */
    static void terminate(Collection<ProcessHandle> processes, Duration grace, Console console, String what) {
        List<ProcessHandle> alive = processes.stream().filter(ProcessHandle::isAlive).toList();
        if (alive.isEmpty()) {
            return;
        }
        alive.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle process : alive) {
            try {
                long left = Math.max(1, deadline - System.nanoTime());
                process.onExit().get(left, TimeUnit.NANOSECONDS);
            }
            catch (TimeoutException e) {
                console.info(what + " (pid " + process.pid() + ") did not stop within " + grace.toSeconds()
                        + " s: killing it");
                process.destroyForcibly();
                process.onExit().join();
            }
            catch (ExecutionException e) {
                // onExit never completes exceptionally; nothing to do
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
