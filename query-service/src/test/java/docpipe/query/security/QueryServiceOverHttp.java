package docpipe.query.security;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import docpipe.query.QueryServiceApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The query service as it starts, its own configuration and security included, on a random port: a store in
 * memory, no broker (its listeners are not started, since the read token is all these tests look at). Requests go
 * over real HTTP, so what they see is what a client sees, the servlet container's path handling included.
 */
@SpringBootTest(classes = QueryServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=query-service",
                "spring.kafka.bootstrap-servers=127.0.0.1:9",
                "spring.kafka.listener.auto-startup=false",
                "spring.kafka.admin.auto-create=false",
                "spring.kafka.admin.fail-fast=false",
                "spring.main.banner-mode=off",
                // the broker that is not there would fill the output with reconnection notes
                "logging.level.org.apache.kafka=ERROR"})
abstract class QueryServiceOverHttp {

    private static MongoServer store;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", QueryServiceOverHttp::storeUri);
    }

    private static synchronized String storeUri() {
        if (store == null) {
            store = new MongoServer(new MemoryBackend());
            store.bind("127.0.0.1", 0);
            Runtime.getRuntime().addShutdownHook(new Thread(store::shutdownNow));
        }
        return "mongodb://127.0.0.1:" + store.getLocalAddress().getPort();
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path) throws Exception {
        return get(path, null);
    }

    HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The request line exactly as written, sent over a socket: {@link java.net.URI} and every HTTP client would
     * normalise a path such as {@code /actuator/health/../../api/search} before sending it.
     * @return the whole response, status line, headers and body
     */
    String raw(String requestTarget) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET " + requestTarget + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    int rawStatus(String requestTarget) throws IOException {
        return Integer.parseInt(raw(requestTarget).substring(9, 12));
    }
}
