package docpipe.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthWaiterTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final Console console = new Console(new PrintStream(output, true));

    private static HealthCheck healthyAfter(int failures) {
        AtomicInteger calls = new AtomicInteger();
        return new HealthCheck() {
            @Override
            public boolean healthy() {
                return calls.incrementAndGet() > failures;
            }

            @Override
            public String target() {
                return "check-" + failures;
            }
        };
    }

    private HealthWaiter waiter(Duration timeout) {
        DataDirectory data = new DataDirectory(temp).create();
        return new HealthWaiter(console, new ProcessSupervisor(data, temp, console, Backoff.DEFAULT), timeout);
    }

    @Test
    void returnsOnceEveryProcessIsHealthyAndSaysWhen() throws Exception {
        List<ProcessSpec> specs = List.of(
                new ProcessSpec("broker", List.of("true"), healthyAfter(0)),
                new ProcessSpec("store", List.of("true"), healthyAfter(2)));

        waiter(Duration.ofSeconds(30)).awaitHealthy(specs);

        assertThat(output.toString()).contains("broker is up", "store is up (", "check-2");
    }

    @Test
    void namesTheProcessesThatAreNotHealthyInTime() {
        List<ProcessSpec> specs = List.of(
                new ProcessSpec("ingest-service", List.of("true"), healthyAfter(0)),
                new ProcessSpec("parse-service", List.of("true"), healthyAfter(Integer.MAX_VALUE)));

        assertThatThrownBy(() -> waiter(Duration.ofSeconds(1)).awaitHealthy(specs))
                .isInstanceOfSatisfying(HealthWaiter.NotHealthy.class,
                        e -> assertThat(e.names()).containsExactly("parse-service"))
                .hasMessageContaining("did not become healthy within 1 s");
    }
}
