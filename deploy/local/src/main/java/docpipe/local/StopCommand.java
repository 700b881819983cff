package docpipe.local;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code ./docpipe stop}: asks the launcher to stop (SIGTERM, it then stops its processes in order); processes left
 * without a launcher (after a {@code kill -9} of it) are stopped directly from their pid files.
 */
final class StopCommand {

    private static final Duration LAUNCHER_GRACE = Duration.ofSeconds(120);
    private static final Duration GRACE = Duration.ofSeconds(20);

    private final Settings settings;
    private final Console console;

    StopCommand(Settings settings, Console console) {
        this.settings = settings;
        this.console = console;
    }

    int run() throws InterruptedException {
        RunningStack running = new RunningStack(settings.data());
        Optional<ProcessHandle> launcher = running.launcher();
        boolean anything = launcher.isPresent() || !running.processes().isEmpty();
        if (!anything) {
            console.info("nothing is running from " + settings.data().root());
            return 0;
        }
        launcher.ifPresent(handle -> {
            console.info("asking the launcher (pid " + handle.pid() + ") to stop the stack");
            handle.destroy();
        });
        if (launcher.isPresent()) {
            try {
                launcher.get().onExit().get(LAUNCHER_GRACE.toSeconds(), TimeUnit.SECONDS);
            }
            catch (TimeoutException | ExecutionException e) {
                console.info("the launcher did not stop within " + LAUNCHER_GRACE.toSeconds() + " s: killing it");
                launcher.get().destroyForcibly();
            }
        }
        // whatever the launcher left behind, or everything when there was no launcher
        running.stopProcesses(GRACE, console);
        settings.data().pidFile(RunningStack.LAUNCHER).delete();
        console.info("stopped");
        return 0;
    }
}
