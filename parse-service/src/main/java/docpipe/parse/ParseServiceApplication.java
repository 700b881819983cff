package docpipe.parse;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Extracts the text of received documents and recovers their structure. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ParseServiceApplication {

    public static final String NAME = "parse-service";

    public static void main(String[] args) {
        // its configuration is the file named after it (src/main/resources/<NAME>.yml), not application.yml
        new SpringApplicationBuilder(ParseServiceApplication.class).properties("spring.config.name=" + NAME).run(args);
    }
}
