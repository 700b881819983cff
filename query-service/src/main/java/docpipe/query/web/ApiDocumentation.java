package docpipe.query.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and summary of the OpenAPI description served at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI queryServiceApi() {
        return new OpenAPI().info(new Info()
                .title("docpipe query-service")
                .version("1")
                .description("""
                        The read model of docpipe: every document that came through the pipeline, its status, \
                        metadata, paragraphs and tags, full-text search in the six UN languages with facets, \
                        citations resolved to document ids, and exports as JSON Lines or CSV. Errors are RFC 9457 \
                        problem details (application/problem+json)."""));
    }
}
