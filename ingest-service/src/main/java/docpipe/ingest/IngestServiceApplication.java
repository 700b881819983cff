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

    public static void main(String[] args) {
        // its configuration is the file named after it (src/main/resources/<NAME>.yml), not application.yml
        new SpringApplicationBuilder(IngestServiceApplication.class).properties("spring.config.name=" + NAME).run(args);
    }
}
