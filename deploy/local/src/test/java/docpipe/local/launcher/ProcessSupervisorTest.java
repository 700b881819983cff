package docpipe.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessSupervisorTest {

    private static final HealthCheck NEVER_CHECKED = new HealthCheck() {
        @Override
        public boolean healthy() {
            return false;
        }

        @Override
        public String target() {
            return "none";
        }
    };

    @TempDir
    Path temp;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private ProcessSupervisor supervisor;
    private DataDirectory data;

    private ProcessSupervisor supervisor(Backoff backoff) {
        data = new DataDirectory(temp.resolve("data")).create();
        supervisor = new ProcessSupervisor(data, temp, new Console(new PrintStream(output, true)), backoff);
        return supervisor;
    }

    @AfterEach
    void stopEverything() {
        if (supervisor != null) {
            supervisor.stopAll(Duration.ofSeconds(2));
        }
    }

    private static ProcessSpec shell(String name, String script) {
        return new ProcessSpec(name, List.of("sh", "-c", script), NEVER_CHECKED);
    }

    /** A shell sets its trap before it says ready; a signal sent earlier would not meet the trap. */
    private void awaitReady(String name) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Files.exists(data.log(name)) && Files.readString(data.log(name)).contains("ready"));
    }

    @Test
    void restartsAProcessThatDiesAndLogsEachRun() {
        supervisor(new Backoff(Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofMinutes(1)));

        supervisor.startGroup(List.of(shell("crasher", "echo run; exit 3")));

        await().atMost(Duration.ofSeconds(20)).until(() -> supervisor.restarts("crasher") >= 3);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                Files.readAllLines(data.log("crasher")).stream().filter("run"::equals).count()).isGreaterThanOrEqualTo(3));
        assertThat(output.toString()).contains("crasher exited with code 3", "restarting it in");
    }

    @Test
    void writesAPidFileAndRemovesItWhenStopped() throws Exception {
        supervisor(Backoff.DEFAULT);
        supervisor.startGroup(List.of(shell("sleeper", "sleep 60")));
        Process sleeper = supervisor.process("sleeper").orElseThrow();

        assertThat(data.pidFile("sleeper").read()).contains(sleeper.pid());

        supervisor.stopAll(Duration.ofSeconds(5));

        assertThat(sleeper.isAlive()).isFalse();
        assertThat(data.pidFile("sleeper").file()).doesNotExist();
        assertThat(supervisor.restarts("sleeper")).isZero();
    }

    @Test
    void stopsTheLastStartedGroupFirst() throws Exception {
        supervisor(Backoff.DEFAULT);
        Path order = temp.resolve("order");
        String stopsPolitely = "trap 'echo %s >> " + order + "; exit 0' TERM; echo ready; while true; do sleep 0.1; done";
        supervisor.startGroup(List.of(shell("broker", stopsPolitely.formatted("broker"))));
        supervisor.startGroup(List.of(shell("service", stopsPolitely.formatted("service"))));
        awaitReady("broker");
        awaitReady("service");

        supervisor.stopAll(Duration.ofSeconds(5));

        assertThat(Files.readAllLines(order)).containsExactly("service", "broker");
    }

    @Test
    void killsAProcessThatIgnoresTermAfterTheGracePeriod() {
        supervisor(Backoff.DEFAULT);
        supervisor.startGroup(List.of(shell("stubborn", "trap '' TERM; echo ready; while true; do sleep 0.1; done")));
        Process stubborn = supervisor.process("stubborn").orElseThrow();
        awaitReady("stubborn");

        supervisor.stopAll(Duration.ofMillis(500));

        assertThat(stubborn.isAlive()).isFalse();
        assertThat(output.toString()).contains("did not stop within", "killing it");
    }
}
