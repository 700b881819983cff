package docpipe.pipeline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Starts the service through its own main method, exactly as an operator does, and hands back the application
 * context it started (Boot's hook for this; its main method returns nothing). A failure to start is thrown here.
 * For the tests and benchmarks that need a started service's beans; the services themselves never call it.
 */
public final class StartedFromMain {

    private StartedFromMain() {
    }

    public static ConfigurableApplicationContext run(Consumer<String[]> main, String... args) {
        AtomicReference<ConfigurableApplicationContext> started = new AtomicReference<>();
        SpringApplication.withHook(application -> new SpringApplicationRunListener() {
            @Override
            public void started(ConfigurableApplicationContext context, Duration timeTaken) {
                started.set(context);
            }
        }, () -> main.accept(args));
        return started.get();
    }
}
