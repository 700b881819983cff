package docpipe.ingest.cors;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Which web pages may call this service from a browser: the console is served by query-service, another origin,
 * and uploads and reprocess requests go from it to here.
 *
 * @param allowedOrigins exact origins ({@code scheme://host:port}) allowed to call {@code /api/**}; empty: none.
 *                       Env {@code DOCPIPE_INGEST_CORS_ALLOWED_ORIGINS}, comma-separated.
 */
@ConfigurationProperties("docpipe.ingest.cors")
record CorsProperties(List<String> allowedOrigins) {

    CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of()
                : allowedOrigins.stream().map(String::strip).filter(origin -> !origin.isEmpty()).toList();
    }
}
