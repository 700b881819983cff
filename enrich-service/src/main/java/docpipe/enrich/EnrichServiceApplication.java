package docpipe.enrich;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Tags every paragraph of a parsed document with themes, SDG goals and entities. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EnrichServiceApplication {

    public static final String NAME = "enrich-service";

    public static void main(String[] args) {
        // its configuration is the file named after it (src/main/resources/<NAME>.yml), not application.yml
        new SpringApplicationBuilder(EnrichServiceApplication.class).properties("spring.config.name=" + NAME).run(args);
    }
}
