package docpipe.ingest;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Receives UN document files over HTTP or from an inbox folder, stores their bytes and announces them. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class IngestServiceApplication {

    public static final String NAME = "ingest-service";

    /** The application with its own config file name, so several services can share one test JVM. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(IngestServiceApplication.class)
                .properties("spring.config.name=" + NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
