package docpipe.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunningStackTest {

    @TempDir
    Path temp;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        started.forEach(Process::destroyForcibly);
    }

    /** A stand-in for a process of the stack: its command line carries the role marker, as the real ones do. */
    private Process leftover(DataDirectory data, String name, Path order) throws Exception {
        String script = "trap 'echo " + name + " >> " + order + "; exit 0' TERM; echo ready > " + temp.resolve(name)
                + "; while true; do sleep 0.1; done";
        Process process = new ProcessBuilder("sh", "-c", script, ProcessSpec.roleMarker(name)).start();
        started.add(process);
        data.pidFile(name).write(process.pid());
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(temp.resolve(name)));
        return process;
    }

    @Test
    void stopsProcessesLeftByAKilledLauncherServicesFirstThenStoreThenBroker() throws Exception {
        DataDirectory data = new DataDirectory(temp.resolve("data")).create();
        Path order = temp.resolve("order");
        leftover(data, "broker", order);
        leftover(data, "store", order);
        leftover(data, "query-service", order);
        RunningStack running = new RunningStack(data);

        assertThat(running.launcher()).isEmpty();
        assertThat(running.processes()).containsOnlyKeys("broker", "store", "query-service");

        running.stopProcesses(Duration.ofSeconds(5), new Console(new PrintStream(new ByteArrayOutputStream())));

        assertThat(Files.readAllLines(order)).containsExactly("query-service", "store", "broker");
        assertThat(running.processes()).isEmpty();
        assertThat(data.pidFile("broker").file()).doesNotExist();
    }

    @Test
    void doesNotTakeAnUnrelatedProcessWithARecycledPidForOurs() throws Exception {
        DataDirectory data = new DataDirectory(temp.resolve("data")).create();
        Process unrelated = new ProcessBuilder("sleep", "30").start();
        started.add(unrelated);
        data.pidFile("broker").write(unrelated.pid());
        data.pidFile(RunningStack.LAUNCHER).write(unrelated.pid());

        RunningStack running = new RunningStack(data);

        assertThat(running.processes()).isEmpty();
        assertThat(running.launcher()).isEmpty();
    }
}
