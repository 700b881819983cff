package docpipe.local.e2e;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/** What a user does with curl, over HTTP: upload to the ingest service, ask the query service. */
final class PipelineClient {

    record Answer(int status, JsonNode body) {
    }

    private final ObjectMapper json = JsonMapper.builder().build();
    private final RestClient http = RestClient.create();
    private final RunningPipeline pipeline;

    PipelineClient(RunningPipeline pipeline) {
        this.pipeline = pipeline;
    }

    Answer upload(String fileName, byte[] bytes, String token) {
        return upload("file", fileName, bytes, MediaType.APPLICATION_OCTET_STREAM, token);
    }

    /** An upload whose part has the given name and declared content type (which may lie). */
    Answer upload(String partName, String fileName, byte[] bytes, MediaType declaredType, String token) {
        var headers = new HttpHeaders();
        headers.setContentType(declaredType);
        headers.setContentDispositionFormData(partName, fileName);
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add(partName, new org.springframework.http.HttpEntity<>(new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }, headers));
        var request = http.post().uri("http://127.0.0.1:" + pipeline.ingestPort + "/api/documents")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.exchange((req, res) -> new Answer(res.getStatusCode().value(), read(res.getBody().readAllBytes())));
    }

    /** {@code POST /api/parse} on the parse service: a preview, with the token or (null) without. */
    Answer preview(String fileName, byte[] bytes, String token) {
        var headers = new HttpHeaders();
        headers.setContentDispositionFormData("file", fileName);
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new org.springframework.http.HttpEntity<>(new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }, headers));
        var request = http.post().uri("http://127.0.0.1:" + pipeline.parsePort + "/api/parse")
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.exchange((req, res) -> new Answer(res.getStatusCode().value(), read(res.getBody().readAllBytes())));
    }

    /** {@code POST /api/annotate} on the enrich service, with the token or (null) without. */
    Answer annotate(String text, String token) {
        var request = http.post().uri("http://127.0.0.1:" + pipeline.enrichPort + "/api/annotate")
                .contentType(MediaType.APPLICATION_JSON).body(java.util.Map.of("text", text));
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.exchange((req, res) -> new Answer(res.getStatusCode().value(), read(res.getBody().readAllBytes())));
    }

    /**
     * A GET on the query service, with its read token when it has one; the path is a URI template, encoded here (so
     * pass {@code q=妇女} as it is).
     */
    Answer query(String pathAndQuery) {
        return queryWith(pipeline.readToken == null ? null : "Bearer " + pipeline.readToken, pathAndQuery);
    }

    /** A GET on the query service with the given {@code Authorization} header, or (null) none. */
    Answer queryWith(String authorization, String pathAndQuery) {
        return exchange(pipeline.queryPort, pathAndQuery, authorization).answer();
    }

    /** The query service's answer with the headers a refusal is judged by. */
    Reply reply(String authorization, String pathAndQuery) {
        return exchange(pipeline.queryPort, pathAndQuery, authorization);
    }

    record Reply(Answer answer, String wwwAuthenticate, String contentType) {
    }

    Answer get(int port, String pathAndQuery) {
        return exchange(port, pathAndQuery, null).answer();
    }

    private Reply exchange(int port, String pathAndQuery, String authorization) {
        var request = http.get().uri("http://127.0.0.1:" + port + pathAndQuery);
        if (authorization != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        return request.exchange((req, res) -> new Reply(
                new Answer(res.getStatusCode().value(), read(res.getBody().readAllBytes())),
                res.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE),
                String.valueOf(res.getHeaders().getContentType())));
    }

    String text(int port, String path) {
        return http.get().uri("http://127.0.0.1:" + port + path).retrieve().body(String.class);
    }

    String stageOf(String id) {
        Answer answer = query("/api/documents/" + id);
        return answer.status() == 200 ? answer.body().path("status").path("stage").asString() : "HTTP " + answer.status();
    }

    private JsonNode read(byte[] body) throws IOException {
        return body.length == 0 ? json.missingNode() : json.readTree(body);
    }
}
