package docpipe.bench;

import docpipe.query.QueryServiceApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/** Query-service started through its own main method, as a user starts it, with the context handed back for its beans. */
public final class QueryServiceFromMain {

    private QueryServiceFromMain() {
    }

    public static ConfigurableApplicationContext start(String... args) {
        AtomicReference<ConfigurableApplicationContext> started = new AtomicReference<>();
        SpringApplication.withHook(application -> new SpringApplicationRunListener() {
            @Override
            public void started(ConfigurableApplicationContext context, Duration timeTaken) {
                started.set(context);
            }
        }, () -> QueryServiceApplication.main(args));
        return started.get();
    }
}
