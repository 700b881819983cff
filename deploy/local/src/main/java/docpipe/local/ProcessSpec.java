package docpipe.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One process of the stack: its name (used for its log and pid file), its command line and how to tell that it is up.
 * The command line carries {@code -Ddocpipe.role=<name>} so that a pid file can be checked against the process.
 * Secrets go in {@code environment}, never on the command line, which every user of the machine sees in {@code ps}.
 */
record ProcessSpec(String name, List<String> command, HealthCheck health, Map<String, String> environment) {

    ProcessSpec {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }

    ProcessSpec(String name, List<String> command, HealthCheck health) {
        this(name, command, health, Map.of());
    }

    @Override
    public String toString() {
        return "ProcessSpec[" + name + ", " + command + ", environment " + environment.keySet() + "]";
    }

    static String roleMarker(String name) {
        return "-Ddocpipe.role=" + name;
    }

    String marker() {
        return roleMarker(name);
    }

    /** The command as started: under {@code setsid} when available, so that a Ctrl-C in the terminal reaches only
     * the launcher, which then stops the processes in order. */
    List<String> commandInOwnSession(boolean setsidAvailable) {
        if (!setsidAvailable) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(command.size() + 1);
        wrapped.add("setsid");
        wrapped.addAll(command);
        return wrapped;
    }
}
