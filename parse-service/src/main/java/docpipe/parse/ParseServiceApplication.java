package docpipe.parse;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Extracts the text of received documents and recovers their structure. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ParseServiceApplication {

    public static final String NAME = "parse-service";

    /** The application with its own config file name, so several services can share one test JVM. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ParseServiceApplication.class)
                .properties("spring.config.name=" + NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
