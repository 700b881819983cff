package docpipe.local.e2e;

import docpipe.events.DocumentId;
import docpipe.local.deploy.MonitoredMetrics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole pipeline as a user meets it: four services over a real Kafka broker and a MongoDB-wire
 * store, files uploaded over HTTP or dropped in the inbox, answers read from the query service with the read token
 * that Compose and Kubernetes give it. Subclasses say which broker and store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PipelineEndToEndTests {

    private static final Duration PIPELINE_TIMEOUT = Duration.ofSeconds(90);
    private static final String READ_TOKEN = "read-" + java.util.UUID.randomUUID();

    private Path inbox;

    private RunningPipeline pipeline;
    private PipelineClient client;

    /** Starts the broker and store, and returns their addresses: {bootstrap servers, MongoDB URI}. */
    abstract String[] startInfrastructure() throws Exception;

    abstract void stopInfrastructure() throws Exception;

    @BeforeAll
    void startPipeline() throws Exception {
        inbox = Files.createTempDirectory("e2e-inbox");
        String[] infrastructure = startInfrastructure();
        pipeline = RunningPipeline.withReadToken(infrastructure[0], infrastructure[1], inbox, READ_TOKEN);
        client = new PipelineClient(pipeline);
    }

    @AfterAll
    void stopPipeline() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
        stopInfrastructure();
    }

    @Test
    void storesTheChineseReportWithItsStructure() throws IOException {
        String id = uploadAndAwaitStored("A-79-837.zh.txt");

        JsonNode document = client.query("/api/documents/" + id).body();
        assertThat(document.path("metadata").path("symbol").asString()).isEqualTo("A/79/837");
        assertThat(document.path("metadata").path("type").asString()).isEqualTo("REPORT");
        assertThat(document.path("metadata").path("language").asString()).isEqualTo("zh");

        List<JsonNode> items = paragraphsOf(id);
        assertThat(items).hasSize(document.path("paragraphCount").asInt());
        assertInDocumentOrder(items);
        assertThat(count(items, p -> kind(p, "PARAGRAPH") && hasNumber(p))).isEqualTo(98);
        assertThat(count(items, p -> kind(p, "HEADING"))).isEqualTo(21);
        assertThat(count(items, p -> kind(p, "LIST_ITEM"))).isEqualTo(9);
        assertThat(count(items, p -> kind(p, "FOOTNOTE"))).isEqualTo(2);
        assertThat(numbersOf(items, "PARAGRAPH")).startsWith("1", "2", "3").endsWith("97", "98");
    }

    @Test
    void storesTheChineseResolutionWithPreambularAndOperativeParts() throws IOException {
        String id = uploadAndAwaitStored("A-RES-79-319.zh.txt");

        JsonNode document = client.query("/api/documents/" + id).body();
        assertThat(document.path("metadata").path("symbol").asString()).isEqualTo("A/RES/79/319");
        assertThat(document.path("metadata").path("type").asString()).isEqualTo("RESOLUTION");

        List<JsonNode> items = paragraphsOf(id);
        assertInDocumentOrder(items);
        assertThat(count(items, p -> "PREAMBULAR".equals(p.path("role").asString()))).isEqualTo(20);
        assertThat(count(items, p -> "OPERATIVE".equals(p.path("role").asString()))).isEqualTo(31);
        assertThat(count(items, p -> kind(p, "FOOTNOTE"))).isEqualTo(11);
    }

    @Test
    void linksTheResolutionAndTheReportItCitesBothWays() throws IOException {
        String report = uploadAndAwaitStored("A-79-837.zh.txt");
        String resolution = uploadAndAwaitStored("A-RES-79-319.zh.txt");

        JsonNode cites = client.query("/api/documents/" + resolution).body().path("references");
        assertThat(cites.findValuesAsString("symbol")).contains("A/79/837");
        assertThat(StreamSupport.stream(cites.spliterator(), false)
                .filter(r -> "A/79/837".equals(r.path("symbol").asString()))
                .map(r -> r.path("documentId").asString())).containsExactly(report);

        JsonNode citedBy = client.query("/api/documents/" + report).body().path("citedBy");
        assertThat(citedBy.findValuesAsString("documentId")).contains(resolution);
    }

    @Test
    void tagsTheReportWithTheSameEntityIdsAsEveryLanguage() throws IOException {
        String report = uploadAndAwaitStored("A-79-837.zh.txt");

        JsonNode document = client.query("/api/documents/" + report).body();
        assertThat(document.path("entities").findValuesAsString("id"))
                .contains("org:IPU", "org:UNDP", "org:UN-WOMEN", "instrument:2030-agenda", "country:PER");
        assertThat(document.path("themes").findValuesAsString("id")).contains("parliamentary-cooperation");
    }

    @Test
    void searchesInChineseAndEnglishWithFiltersAndFacets() throws IOException {
        String report = uploadAndAwaitStored("A-79-837.zh.txt");
        uploadAndAwaitStored("A-RES-76-270.en.txt");

        // the search index is fed from docs.enriched apart from the read model: a document STORED a moment ago
        // may need a moment more to be searchable
        await().atMost(PIPELINE_TIMEOUT).untilAsserted(() -> {
            JsonNode women = client.query("/api/search?q=妇女").body();
            assertThat(women.path("total").asInt()).isPositive();
            assertThat(women.path("items").findValuesAsString("documentId")).contains(report);
            assertThat(women.path("facets").path("themes").findValuesAsString("id")).contains("gender-equality");
        });

        await().atMost(PIPELINE_TIMEOUT).untilAsserted(() -> {
            JsonNode parliament = client.query("/api/search?q=parliament&language=en").body();
            assertThat(parliament.path("items").findValuesAsString("symbol")).contains("A/RES/76/270");
        });

        JsonNode undpGender = client.query("/api/search?theme=gender-equality&entity=org:UNDP").body();
        assertThat(undpGender.path("items").findValuesAsString("documentId")).contains(report);

        JsonNode resolutions = client.query("/api/documents?type=RESOLUTION").body();
        assertThat(resolutions.path("items").findValuesAsString("symbol")).contains("A/RES/76/270")
                .doesNotContain("A/79/837");
    }

    @Test
    void answersTheSameIdAsADuplicateForTheSameBytes() throws IOException {
        byte[] bytes = sample("A-RES-76-270.en.txt");
        var first = client.upload("A-RES-76-270.en.txt", bytes, RunningPipeline.TOKEN);
        var again = client.upload("renamed.txt", bytes, RunningPipeline.TOKEN);

        assertThat(first.status()).isIn(200, 202);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("id").asString()).isEqualTo(first.body().path("id").asString());
        assertThat(again.body().path("duplicate").asBoolean()).isTrue();
        assertThat(again.body().path("sha256").asString()).isEqualTo(sha256Hex(bytes));
    }

    @Test
    void refusesAnUploadWithoutTheToken() throws IOException {
        byte[] bytes = "A short note.".getBytes(StandardCharsets.UTF_8);

        assertThat(client.upload("note.txt", bytes, null).status()).isEqualTo(401);
        assertThat(client.upload("note.txt", bytes, "not-the-token").status()).isEqualTo(401);
    }

    @Test
    void refusesEmptyAndUnreadableFilesWithAPreciseStatus() {
        assertThat(client.upload("empty.txt", new byte[0], RunningPipeline.TOKEN).status()).isEqualTo(400);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        var image = client.upload("picture.png", png, RunningPipeline.TOKEN);
        assertThat(image.status()).isEqualTo(415);
        assertThat(image.body().path("detail").asString()).contains("picture.png");
    }

    @Test
    void marksACorruptPdfFailedWithTheReasonAndKeepsGoing() throws IOException {
        byte[] corrupt = "%PDF-1.7\n1 0 obj << /Type /Catalog >>\n% the rest of this file is missing\n"
                .getBytes(StandardCharsets.US_ASCII);
        var answer = client.upload("broken.pdf", corrupt, RunningPipeline.TOKEN);
        assertThat(answer.status()).isEqualTo(202);
        String id = answer.body().path("id").asString();

        await().atMost(PIPELINE_TIMEOUT).until(() -> client.stageOf(id), "FAILED"::equals);
        assertThat(client.query("/api/documents/" + id).body().path("status").path("error").asString()).isNotBlank();

        uploadAndAwaitStored("A-RES-74-304.en.txt");
    }

    @Test
    void ingestsAFileDroppedInTheInboxAndMovesItAside() throws IOException {
        byte[] bytes = sample("A-RES-74-304.en.txt");
        Files.write(inbox.resolve("dropped.txt"), bytes);
        String id = DocumentId.fromSha256(sha256(bytes)).value();

        await().atMost(PIPELINE_TIMEOUT).until(() -> client.stageOf(id), "STORED"::equals);
        assertThat(inbox.resolve("done").resolve("dropped.txt")).exists();
        assertThat(inbox.resolve("dropped.txt")).doesNotExist();
    }

    @Test
    void answers404ForAnIdNeverIngested() {
        var answer = client.query("/api/documents/0123456789abcdef01234567");
        assertThat(answer.status()).isEqualTo(404);
    }

    @Test
    void everyServicePublishesItsStageMetrics() throws IOException {
        uploadAndAwaitStored("A-RES-79-319.zh.txt");
        for (int port : new int[] {pipeline.ingestPort, pipeline.parsePort, pipeline.enrichPort, pipeline.queryPort}) {
            var health = client.get(port, "/actuator/health");
            assertThat(health.status()).as("health on port %d: %s", port, health.body()).isEqualTo(200);
            assertThat(client.text(port, "/actuator/prometheus")).contains("docpipe_documents_total");
        }
        assertThat(client.text(pipeline.queryPort, "/actuator/prometheus")).contains("docpipe_pipeline_latency_seconds");
    }

    @Test
    void publishesEveryMetricTheDashboardAndAlertRulesUse() throws IOException {
        uploadAndAwaitStored("A-RES-76-270.en.txt");
        Set<String> published = new TreeSet<>();
        for (int port : new int[] {pipeline.ingestPort, pipeline.parsePort, pipeline.enrichPort, pipeline.queryPort}) {
            client.text(port, "/actuator/prometheus").lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("[{ ]", 2)[0])
                    .forEach(published::add);
        }
        Path deploy = Samples.folder().getParent().resolve("deploy");

        for (String metric : MonitoredMetrics.referencedIn(deploy)) {
            assertThat(published).as("a series of %s", metric).anyMatch(name -> name.startsWith(metric));
        }
    }

    @Test
    void readsADocumentOnlyWithTheReadToken() throws IOException {
        String id = uploadAndAwaitStored("A-RES-76-270.en.txt");

        var anonymous = client.reply(null, "/api/documents/" + id);
        assertThat(anonymous.answer().status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.wwwAuthenticate()).isEqualTo("Bearer realm=\"docpipe\"");
        assertThat(anonymous.answer().body().path("instance").asString()).isEqualTo("/api/documents/" + id);
        var wrong = client.reply("Bearer " + RunningPipeline.TOKEN, "/api/search?q=parliament");
        assertThat(wrong.answer().status()).as("the ingest token is no read token").isEqualTo(401);
        assertThat(wrong.wwwAuthenticate()).contains("error=\"invalid_token\"");
        assertThat(client.queryWith("Bearer " + READ_TOKEN, "/api/documents/" + id).status()).isEqualTo(200);
        assertThat(client.get(pipeline.queryPort, "/console/config.json").body().path("readTokenRequired").asBoolean())
                .as("the console's settings are open and say a token is needed").isTrue();
    }

    @Test
    void queryServiceHealthShowsTheStatusOnly() {
        var health = client.get(pipeline.queryPort, "/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().path("status").asString()).isEqualTo("UP");
        assertThat(health.body().has("components")).as("health details to anyone").isFalse();
    }

    @Test
    void refusesPreviewsWithoutTheToken() throws IOException {
        assertThat(client.preview("A-RES-76-270.en.txt", sample("A-RES-76-270.en.txt"), null).status()).isEqualTo(401);
        assertThat(client.annotate("Sustainable development and climate action", null).status()).isEqualTo(401);
        assertThat(client.annotate("Sustainable development and climate action", RunningPipeline.TOKEN).status())
                .isEqualTo(200);
    }

    /**
     * Clients keep sending previews of a real PDF while one document goes through the pipeline: the previews beyond
     * their own workers and queue are turned away (503), none fails otherwise, and the document is STORED within the
     * same bound as every other test's.
     */
    @Test
    void aFloodOfPreviewsIsTurnedAwayWhileAPipelineDocumentIsStored() throws Exception {
        byte[] pdf = sample("A-79-837.zh.pdf");
        java.util.concurrent.atomic.AtomicBoolean stored = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.Map<Integer, java.util.concurrent.atomic.AtomicInteger> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        var flood = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            for (int client = 0; client < 6; client++) {
                flood.submit(() -> {
                    for (int sent = 0; sent < 500 && !stored.get(); sent++) {
                        int status = this.client.preview("flood.pdf", pdf, RunningPipeline.TOKEN).status();
                        statuses.computeIfAbsent(status, s -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
                    }
                    return null;
                });
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> statuses.containsKey(503));

            byte[] unique = (new String(sample("A-RES-74-304.en.txt"), StandardCharsets.UTF_8) + "\n\nFlood check "
                    + java.util.UUID.randomUUID() + ".\n").getBytes(StandardCharsets.UTF_8);
            var answer = client.upload("flood-check.txt", unique, RunningPipeline.TOKEN);
            assertThat(answer.status()).isEqualTo(202);
            String id = answer.body().path("id").asString();
            await().atMost(PIPELINE_TIMEOUT).until(() -> client.stageOf(id), "STORED"::equals);
            assertThat(stored.compareAndSet(false, true)).as("the flood was still running").isTrue();
        } finally {
            stored.set(true);
            flood.shutdown();
            assertThat(flood.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        }
        assertThat(statuses.keySet()).as("answers to the previews").isSubsetOf(200, 503).contains(503);
    }

    private String uploadAndAwaitStored(String sampleName) throws IOException {
        var answer = client.upload(sampleName, sample(sampleName), RunningPipeline.TOKEN);
        assertThat(answer.status()).isIn(200, 202);
        String id = answer.body().path("id").asString();
        if (answer.status() == 202) {
            assertThat(answer.body().path("status").asString()).isEqualTo("RECEIVED");
            assertThat(answer.body().path("duplicate").asBoolean()).isFalse();
        }
        await().atMost(PIPELINE_TIMEOUT).until(() -> client.stageOf(id), "STORED"::equals);
        return id;
    }

    private List<JsonNode> paragraphsOf(String id) {
        var answer = client.query("/api/documents/" + id + "/paragraphs");
        assertThat(answer.status()).isEqualTo(200);
        return StreamSupport.stream(answer.body().path("items").spliterator(), false).toList();
    }

    private static void assertInDocumentOrder(List<JsonNode> items) {
        for (int i = 0; i < items.size(); i++) {
            assertThat(items.get(i).path("index").asInt()).as("index of item %d", i).isEqualTo(i);
        }
    }

    private static long count(List<JsonNode> items, Predicate<JsonNode> which) {
        return items.stream().filter(which).count();
    }

    private static boolean kind(JsonNode item, String kind) {
        return kind.equals(item.path("kind").asString());
    }

    private static boolean hasNumber(JsonNode item) {
        return !item.path("number").isNull() && !item.path("number").isMissingNode();
    }

    private static List<String> numbersOf(List<JsonNode> items, String kind) {
        List<String> numbers = new ArrayList<>();
        items.stream().filter(p -> kind(p, kind) && hasNumber(p)).forEach(p -> numbers.add(p.path("number").asString()));
        return numbers;
    }

    static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(Samples.folder().resolve(name));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256Hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(sha256(bytes));
    }
}
