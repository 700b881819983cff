package docpipe.local.reliability;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pipeline's public HTTP API as a client uses it: an upload that is retried on connection errors and 503 (as a
 * real client would while a service restarts), and the query service's read endpoints.
 */
final class PipelineHttp {

    /**
     * What the ingest service answered in the end: the document id, whether it already knew the bytes, how many
     * attempts it took and how many of them were answered 500 (a fault the service should have reported as 503).
     */
    record Accepted(String id, int status, boolean duplicate, int attempts, List<String> serverErrors) {
    }

    private static final Duration UPLOAD_PATIENCE = Duration.ofMinutes(3);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private final ObjectMapper json = JsonMapper.builder().build();
    private final LocalStack stack;
    private final AtomicInteger retries = new AtomicInteger();

    PipelineHttp(LocalStack stack) {
        this.stack = stack;
    }

    /**
     * Uploads until the ingest service answers 202 or 200; connection errors, timeouts and 503 are retried. A 500 is
     * retried as well, so that the run goes on, but remembered: the suite reports and fails on it.
     */
    Accepted upload(String fileName, byte[] content) {
        String boundary = "docpipe-" + UUID.randomUUID();
        byte[] body = multipart(boundary, fileName, content);
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.url("ingest-service") + "/api/documents"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + stack.token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        AtomicInteger attempts = new AtomicInteger();
        List<Accepted> answer = new ArrayList<>(1);
        List<String> serverErrors = new ArrayList<>();
        await("the upload of " + fileName + " to be accepted").atMost(UPLOAD_PATIENCE)
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500)).until(() -> {
                    if (attempts.incrementAndGet() > 1) {
                        retries.incrementAndGet();
                    }
                    HttpResponse<String> response;
                    try {
                        response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    }
                    catch (IOException e) {
                        return false; // the service is down or was killed while answering: try again
                    }
                    int status = response.statusCode();
                    if (status == 503 || status == 502 || status == 504 || status == 429) {
                        return false;
                    }
                    if (status == 500) {
                        serverErrors.add(java.time.Instant.now() + " " + response.body());
                        return false;
                    }
                    if (status != 202 && status != 200) {
                        throw new AssertionError("upload of " + fileName + " answered " + status + ": " + response.body());
                    }
                    JsonNode node = json.readTree(response.body());
                    answer.add(new Accepted(node.get("id").asString(), status, node.path("duplicate").asBoolean(),
                            attempts.get(), List.copyOf(serverErrors)));
                    return true;
                });
        return answer.get(0);
    }

    int retries() {
        return retries.get();
    }

    /** {@code status.stage} of one document, or {@code "ABSENT"} when the query service does not know it (404). */
    String stage(String id) throws IOException, InterruptedException {
        HttpResponse<String> response = get("/api/documents/" + id);
        if (response.statusCode() == 404) {
            return "ABSENT";
        }
        return json.readTree(response.body()).path("status").path("stage").asString();
    }

    List<String> paragraphTexts(String id) throws IOException, InterruptedException {
        List<String> texts = new ArrayList<>();
        for (JsonNode paragraph : json.readTree(ok(get("/api/documents/" + id + "/paragraphs")).body()).path("items")) {
            texts.add(paragraph.path("text").asString());
        }
        return texts;
    }

    /** {@code total} of {@code GET /api/documents} with the given query (e.g. {@code stage=STORED}). */
    long total(String query) throws IOException, InterruptedException {
        return json.readTree(ok(get("/api/documents?size=1&" + query)).body()).path("total").asLong();
    }

    /** One entry of {@code GET /api/documents}. */
    record Listed(String id, String stage, int paragraphCount) {
    }

    /** Every document the list endpoint returns, page by page (the id breaks ties: pages never overlap), duplicates kept. */
    List<Listed> listed() throws IOException, InterruptedException {
        List<Listed> listed = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode body = json.readTree(ok(get("/api/documents?size=100&sort=symbol&page=" + page)).body());
            JsonNode items = body.path("items");
            items.forEach(item -> listed.add(new Listed(item.path("id").asString(),
                    item.path("status").path("stage").asString(), item.path("paragraphCount").asInt(-1))));
            if (items.isEmpty() || listed.size() >= body.path("total").asLong()) {
                return listed;
            }
        }
    }

    /** {@code POST /api/parse} on the parse service: the paragraph texts the parser gives for these bytes. */
    List<String> parsePreviewTexts(String fileName, byte[] content) throws IOException, InterruptedException {
        String boundary = "docpipe-" + UUID.randomUUID();
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.url("parse-service") + "/api/parse"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + stack.token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fileName, content))).build();
        JsonNode body = json.readTree(ok(client.send(request, HttpResponse.BodyHandlers.ofString())).body());
        List<String> texts = new ArrayList<>();
        body.path("paragraphs").forEach(paragraph -> texts.add(paragraph.path("text").asString()));
        return texts;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(stack.url("query-service") + path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response;
    }

    private static byte[] multipart(String boundary, String fileName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 300);
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
