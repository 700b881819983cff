package docpipe.enrich;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Tags every paragraph of a parsed document with themes, SDG goals and entities. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EnrichServiceApplication {

    public static final String NAME = "enrich-service";

    /** The application with its own config file name, so several services can share one test JVM. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(EnrichServiceApplication.class)
                .properties("spring.config.name=" + NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
