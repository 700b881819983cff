package docpipe.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code ./docpipe status}: one line per process, from the pid files and a health check of each. */
final class StatusCommand {

    private final Settings settings;
    private final Console console;

    StatusCommand(Settings settings, Console console) {
        this.settings = settings;
        this.console = console;
    }

    /** 0 when every process runs and is healthy, 3 when nothing runs, 1 otherwise. */
    int run() {
        RunningStack running = new RunningStack(settings.data());
        Optional<ProcessHandle> launcher = running.launcher();
        Map<String, ProcessHandle> live = running.processes();
        console.plain("data directory " + settings.data().root());
        console.plain(String.format("  %-15s %s", RunningStack.LAUNCHER,
                launcher.map(handle -> "running (pid " + handle.pid() + ")").orElse("not running")));
        int healthy = 0;
        StackPlan plan = new StackPlan(settings);
        for (ProcessSpec spec : allSpecs(plan)) {
            ProcessHandle handle = live.get(spec.name());
            String state;
            if (handle == null) {
                state = "not running";
            }
            else if (spec.health().healthy()) {
                state = "running (pid " + handle.pid() + "), healthy   " + spec.health().target();
                healthy++;
            }
            else {
                state = "running (pid " + handle.pid() + "), NOT healthy   " + spec.health().target();
            }
            console.plain(String.format("  %-15s %s", spec.name(), state));
        }
        if (live.isEmpty() && launcher.isEmpty()) {
            return 3;
        }
        return healthy == StackPlan.processNames().size() && launcher.isPresent() ? 0 : 1;
    }

    private static List<ProcessSpec> allSpecs(StackPlan plan) {
        List<ProcessSpec> specs = new ArrayList<>(plan.infrastructure());
        specs.addAll(plan.services());
        return specs;
    }
}
