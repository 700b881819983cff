package docpipe.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Keeps the read model of every document in MongoDB and answers the queries of the public contract. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QueryServiceApplication {

    public static final String NAME = "query-service";

    public static void main(String[] args) {
        // its configuration is the file named after it (src/main/resources/<NAME>.yml), not application.yml
        new SpringApplicationBuilder(QueryServiceApplication.class).properties("spring.config.name=" + NAME).run(args);
    }
}
