package docpipe.ingest;

import com.mongodb.client.MongoClients;
import com.mongodb.client.gridfs.GridFSBuckets;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import docpipe.events.Topics;
import docpipe.pipeline.StartedFromMain;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.BsonString;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The ingest service over a real KRaft broker and the MongoDB-wire store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestServiceIT {

    private static final String TOKEN = "it-" + java.util.UUID.randomUUID();

    private Path inbox;

    private EmbeddedKafkaKraftBroker broker;
    private MongoServer store;
    private String mongoUri;
    private ConfigurableApplicationContext service;
    private final RestClient http = RestClient.create();
    private int port;

    @BeforeAll
    void start() throws java.io.IOException {
        inbox = Files.createTempDirectory("ingest-it-inbox");
        broker = new EmbeddedKafkaKraftBroker(1, 2);
        broker.afterPropertiesSet();
        store = new MongoServer(new MemoryBackend());
        InetSocketAddress address = store.bind();
        mongoUri = "mongodb://127.0.0.1:" + address.getPort();
        service = StartedFromMain.run(IngestServiceApplication::main,
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "--spring.mongodb.uri=" + mongoUri,
                "--docpipe.ingest.token=" + TOKEN,
                "--docpipe.ingest.max-file-size=64KB",
                "--spring.servlet.multipart.max-file-size=64KB",
                "--spring.servlet.multipart.max-request-size=65KB",
                "--docpipe.inbox.folder=" + inbox,
                "--spring.main.banner-mode=off");
        port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
        if (store != null) {
            store.shutdownNow();
        }
        if (broker != null) {
            broker.destroy();
        }
    }

    @Test
    void storesTheBytesAndAnnouncesTheFileBeforeAnswering202() {
        byte[] bytes = "第七十九届会议\n议程项目126\n各国议会联盟".getBytes(StandardCharsets.UTF_8);
        var answer = upload("report.txt", bytes, TOKEN);

        assertThat(answer.status()).isEqualTo(202);
        String id = (String) answer.body().get("id");
        assertThat(answer.body()).containsEntry("status", "RECEIVED").containsEntry("duplicate", false)
                .containsEntry("size", bytes.length).containsEntry("fileName", "report.txt");

        try (var mongo = MongoClients.create(mongoUri)) {
            var out = new ByteArrayOutputStream();
            GridFSBuckets.create(mongo.getDatabase("docpipe-ingest"), "raw")
                    .downloadToStream(new BsonString(id), out);
            assertThat(out.toByteArray()).isEqualTo(bytes);
        }
        assertThat(keysOn(Topics.RECEIVED)).contains(id);
    }

    @Test
    void carriesTheUploadsTraceToTheNextStageInAW3cHeader() {
        var answer = upload("traced.txt", "Trace me through the pipeline".getBytes(StandardCharsets.UTF_8), TOKEN);
        String id = (String) answer.body().get("id");

        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-trace-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.RECEIVED));
            List<String> traceparents = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    var header = r.headers().lastHeader("traceparent");
                    if (id.equals(r.key()) && header != null) {
                        traceparents.add(new String(header.value(), StandardCharsets.US_ASCII));
                    }
                });
                return !traceparents.isEmpty();
            });
            assertThat(traceparents.get(0)).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
        }
    }

    @Test
    void answersADuplicateUploadRacingItselfOnceWith202() throws Exception {
        byte[] bytes = "A/RES/79/319 — racing upload".getBytes(StandardCharsets.UTF_8);
        List<Callable<Answer>> uploads = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            uploads.add(() -> upload("race.txt", bytes, TOKEN));
        }
        var pool = Executors.newFixedThreadPool(6);
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> f : pool.invokeAll(uploads)) {
            answers.add(f.get());
        }
        pool.shutdown();

        assertThat(answers).extracting(Answer::status).containsOnly(200, 202);
        assertThat(answers).filteredOn(a -> a.status() == 202).hasSize(1);
        assertThat(answers).extracting(a -> a.body().get("id")).containsOnly(answers.get(0).body().get("id"));
    }

    /**
     * A claim as an upload writes it (every field of {@code UploadLedger.claim}), left long ago by a process that died.
     * The reconciler may find it before the upload under test does, so it must be complete like a real one.
     */
    private static org.bson.Document claimLeftByACrash(String id, String fileName, byte[] bytes) throws Exception {
        String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        return new org.bson.Document("_id", id)
                .append("fileName", fileName).append("mediaType", "text/plain").append("size", (long) bytes.length)
                .append("sha256", sha256).append("state", "CLAIMED")
                .append("receivedAt", new java.util.Date(0)).append("updatedAt", new java.util.Date(0));
    }

    @Test
    void takesOverAClaimLeftByACrashInsteadOfAnsweringDuplicate() throws Exception {
        byte[] bytes = "A/79/837 — the upload that made this claim crashed".getBytes(StandardCharsets.UTF_8);
        String id = docpipe.events.DocumentId.fromSha256(
                java.security.MessageDigest.getInstance("SHA-256").digest(bytes)).value();
        try (var mongo = MongoClients.create(mongoUri)) {
            mongo.getDatabase("docpipe-ingest").getCollection("uploads").insertOne(claimLeftByACrash(id, "crashed.txt", bytes));
        }

        var answer = upload("crashed.txt", bytes, TOKEN);

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.body()).containsEntry("id", id).containsEntry("duplicate", false);
        assertThat(keysOn(Topics.RECEIVED)).contains(id);
    }

    /** The crashed upload had stored every byte (file document and chunks) but not yet marked its claim STORED. */
    @Test
    void takingOverAClaimKeepsBytesTheCrashedUploadHadStoredCompletely() throws Exception {
        byte[] bytes = "A/79/837 — stored completely, then the process was killed".getBytes(StandardCharsets.UTF_8);
        byte[] sha256 = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        String id = docpipe.events.DocumentId.fromSha256(sha256).value();
        try (var mongo = MongoClients.create(mongoUri)) {
            var database = mongo.getDatabase("docpipe-ingest");
            GridFSBuckets.create(database, "raw").uploadFromStream(new BsonString(id), "killed.txt",
                    new java.io.ByteArrayInputStream(bytes));
            database.getCollection("uploads").insertOne(claimLeftByACrash(id, "killed.txt", bytes));
        }

        assertThat(upload("killed.txt", bytes, TOKEN).status()).isIn(200, 202);

        try (var mongo = MongoClients.create(mongoUri)) {
            var out = new ByteArrayOutputStream();
            GridFSBuckets.create(mongo.getDatabase("docpipe-ingest"), "raw").downloadToStream(new BsonString(id), out);
            assertThat(out.toByteArray()).as("the stored bytes, chunks included").isEqualTo(bytes);
        }
    }

    @Test
    void announcesAStoredButUnannouncedFileWhenItIsSentAgain() throws Exception {
        byte[] bytes = "A/RES/79/319 — stored, then the broker went away".getBytes(StandardCharsets.UTF_8);
        var first = upload("stored.txt", bytes, TOKEN);
        String id = (String) first.body().get("id");
        try (var mongo = MongoClients.create(mongoUri)) {
            mongo.getDatabase("docpipe-ingest").getCollection("uploads").updateOne(
                    com.mongodb.client.model.Filters.eq("_id", id),
                    com.mongodb.client.model.Updates.set("state", "STORED"));
        }

        var again = upload("stored.txt", bytes, TOKEN);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).containsEntry("duplicate", true);
        try (var mongo = MongoClients.create(mongoUri)) {
            assertThat(mongo.getDatabase("docpipe-ingest").getCollection("uploads")
                    .find(com.mongodb.client.model.Filters.eq("_id", id)).first().getString("state"))
                    .isEqualTo("ANNOUNCED");
        }
    }

    @Test
    void refusesUploadsWithoutAValidToken() {
        byte[] bytes = "text".getBytes(StandardCharsets.UTF_8);
        assertThat(upload("a.txt", bytes, null).status()).isEqualTo(401);
        assertThat(upload("a.txt", bytes, TOKEN + "x").status()).isEqualTo(401);
    }

    @Test
    void refusesAFileAboveTheSizeLimitWith413() {
        byte[] big = "x".repeat(200 * 1024).getBytes(StandardCharsets.US_ASCII);
        var answer = upload("big.txt", big, TOKEN);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void refusesAnEmptyFileWith400() {
        var answer = upload("empty.txt", new byte[0], TOKEN);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).containsEntry("detail", "The file is empty.");
    }

    @Test
    void movesInboxFilesToDoneOrRejectedWithTheReason() throws Exception {
        Files.writeString(inbox.resolve("note.txt"), "Note by the Secretariat", StandardCharsets.UTF_8);
        Files.write(inbox.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
        Files.createSymbolicLink(inbox.resolve("link.txt"), inbox.resolve("done"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(inbox.resolve("done/note.txt")).exists();
            assertThat(inbox.resolve("rejected/image.png")).exists();
            assertThat(inbox.resolve("rejected/link.txt")).exists();
        });
        assertThat(Files.readString(inbox.resolve("rejected/image.png.reason.txt"))).contains("image/png");
        assertThat(Files.readString(inbox.resolve("rejected/link.txt.reason.txt"))).contains("symbolic link");
    }

    @Test
    void reprocessesAStoredFileOnlyForTheTokenHolder() {
        var answer = upload("again.txt", "Report of the Secretary-General, reprocessed".getBytes(StandardCharsets.UTF_8), TOKEN);
        String id = (String) answer.body().get("id");

        assertThat(post("/api/documents/" + id + "/reprocess", null).status()).isEqualTo(401);
        assertThat(post("/api/documents/" + id + "/reprocess", TOKEN).status()).isEqualTo(202);
        assertThat(post("/api/documents/0123456789abcdef01234567/reprocess", TOKEN).status()).isEqualTo(404);
        assertThat(post("/api/documents/not-an-id/reprocess", TOKEN).status()).isEqualTo(400);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(keysOn(Topics.RECEIVED)).filteredOn(id::equals).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void exposesOnlyHealthInfoAndPrometheus() {
        assertThat(get("/actuator/health").status()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(get("/actuator/env").status()).isEqualTo(404);
        assertThat(get("/actuator/beans").status()).isEqualTo(404);
    }

    record Answer(int status, String contentType, Map<String, Object> body) {
    }

    @SuppressWarnings("unchecked")
    private Answer upload(String name, byte[] bytes, String token) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        var request = http.post().uri("http://127.0.0.1:" + port + "/api/documents")
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.exchange((req, res) -> {
            byte[] body = res.getBody().readAllBytes();
            Map<String, Object> map = body.length == 0 ? Map.of()
                    : tools.jackson.databind.json.JsonMapper.builder().build().readValue(body, Map.class);
            var type = res.getHeaders().getContentType();
            return new Answer(res.getStatusCode().value(), type == null ? null : type.toString(), map);
        });
    }

    private Answer post(String path, String token) {
        var request = http.post().uri("http://127.0.0.1:" + port + path);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.exchange((req, res) -> new Answer(res.getStatusCode().value(), null, Map.of()));
    }

    private Answer get(String path) {
        return http.get().uri("http://127.0.0.1:" + port + path)
                .exchange((req, res) -> new Answer(res.getStatusCode().value(), null, Map.of()));
    }

    private List<String> keysOn(String topic) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> keys = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> keys.add(r.key()));
                return !keys.isEmpty();
            });
            return keys;
        }
    }
}
