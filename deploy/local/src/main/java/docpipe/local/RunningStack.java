package docpipe.local;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the pid files of a data directory say is running, checked against the live processes. */
record RunningStack(DataDirectory data) {

    static final String LAUNCHER = "launcher";
    /** The launcher's command line names its jar; the other processes carry their role marker. */
    static final String LAUNCHER_MARKER = "docpipe-local";

    Optional<ProcessHandle> launcher() {
        return data.pidFile(LAUNCHER).liveProcess(LAUNCHER_MARKER);
    }

    /** The live processes of the stack by name, in start order. */
    Map<String, ProcessHandle> processes() {
        Map<String, ProcessHandle> live = new LinkedHashMap<>();
        for (String name : StackPlan.processNames()) {
            data.pidFile(name).liveProcess(ProcessSpec.roleMarker(name)).ifPresent(handle -> live.put(name, handle));
        }
        return live;
    }

    /** Stops the processes that the pid files name, services first, then the store, then the broker. */
    void stopProcesses(Duration grace, Console console) {
        Map<String, ProcessHandle> live = processes();
        stopGroup(StackPlan.SERVICES.stream().map(StackPlan.Service::name).toList(), live, grace, console);
        stopGroup(List.of(StackPlan.STORE), live, grace, console);
        stopGroup(List.of(StackPlan.BROKER), live, grace, console);
        StackPlan.processNames().forEach(name -> data.pidFile(name).delete());
    }

    private void stopGroup(List<String> group, Map<String, ProcessHandle> live, Duration grace, Console console) {
        List<String> names = group.stream().filter(live::containsKey).toList();
        if (names.isEmpty()) {
            return;
        }
        console.info("stopping " + String.join(", ", names.stream().map(n -> n + " (pid " + live.get(n).pid() + ")").toList()));
        Termination.terminate(names.stream().map(live::get).toList(), grace, console, String.join(", ", names));
    }
}
