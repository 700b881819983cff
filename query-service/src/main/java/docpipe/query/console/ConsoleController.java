package docpipe.query.console;

import org.springframework.core.env.Environment;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * {@code GET /console/config.json}: the settings the console's page reads at start. The page itself is static
 * ({@code static/index.html} and {@code static/console/}); only what differs between Compose, Kubernetes and
 * {@code ./docpipe up} comes from here, so no file has to be rewritten per deployment.
 */
@RestController
class ConsoleController {

    private final ConsoleProperties properties;
    private final boolean readProtected;

    ConsoleController(ConsoleProperties properties, Environment environment) {
        this.properties = properties;
        // the page asks for a read token only when the API will want one
        this.readProtected = !environment.getProperty("docpipe.query.read-token", "").isBlank();
    }

    @GetMapping("/console/config.json")
    ResponseEntity<Map<String, Object>> config() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .body(Map.of("ingestUrl", properties.ingestUrl(),
                        "grafanaUrl", properties.grafanaUrl(),
                        "readTokenRequired", readProtected));
    }
}
