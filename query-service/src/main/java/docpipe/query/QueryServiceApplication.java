package docpipe.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Keeps the read model of every document in MongoDB and answers the queries of the public contract. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QueryServiceApplication {

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(QueryServiceApplication.class)
                .properties("spring.config.name=query-service");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
