package docpipe.local.e2e;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every kind of bad input the pipeline must survive, sent through the running services: each gets a precise
 * 4xx or ends FAILED with a reason (never a 500, a hang or a stuck document), and good documents before
 * and after still flow. Prints the table: input, answer, final stage, reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT {

    private static final Duration SETTLE = Duration.ofSeconds(90);
    private static final Set<String> TERMINAL = Set.of("STORED", "FAILED");

    private EmbeddedInfrastructure infrastructure;
    private RunningPipeline pipeline;
    private PipelineClient client;
    private final List<String> table = new ArrayList<>();

    @BeforeAll
    void start() throws IOException {
        infrastructure = new EmbeddedInfrastructure();
        pipeline = new RunningPipeline(infrastructure.bootstrapServers, infrastructure.mongoUri,
                Files.createTempDirectory("bad-input-inbox"),
                "--docpipe.ingest.max-file-size=5MB",
                "--spring.servlet.multipart.max-file-size=5MB",
                "--spring.servlet.multipart.max-request-size=6MB");
        client = new PipelineClient(pipeline);
    }

    @AfterAll
    void stop() throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "Bad input                                   | answer | final stage | reason",
                "--------------------------------------------+--------+-------------+-------------------------------"));
        lines.addAll(table);
        lines.forEach(System.out::println);
        // Also beside the test reports, where a person looks after `mvn verify`.
        Files.createDirectories(java.nio.file.Path.of("target", "reliability"));
        Files.write(java.nio.file.Path.of("target", "reliability", "bad-input.txt"), lines);
        if (pipeline != null) {
            pipeline.close();
        }
        if (infrastructure != null) {
            infrastructure.close();
        }
    }

    @Test
    void answersReadsWithoutATokenWhenNoneIsConfigured() {
        // the local stack's default: query-service started without docpipe.query.read-token
        assertThat(client.queryWith(null, "/api/search?q=parliament").status()).isEqualTo(200);
        assertThat(client.queryWith("Bearer " + RunningPipeline.TOKEN, "/api/themes").status()).isEqualTo(200);
        assertThat(client.get(pipeline.queryPort, "/console/config.json").body().path("readTokenRequired").asBoolean())
                .isFalse();
    }

    @Test
    void everyBadInputGetsAPreciseAnswerAndThePipelineKeepsGoing() throws Exception {
        String before = storedGoodDocument("before");

        expectRefused("empty file", "empty.txt", new byte[0], 400);
        expectRefused("random bytes named .pdf", "random.pdf", random(4096), 415);
        expectRefused("above the size limit (6 MB)", "big.txt", "x".repeat(6 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII), 413);
        expectRefusedWithoutFilePart();
        expectRefused("no token", "note.txt", "A note.".getBytes(StandardCharsets.UTF_8), 401, null);

        expectFailed("truncated PDF", "truncated.pdf", Arrays.copyOf(pdf(false), 300));
        expectFailed("encrypted PDF", "locked.pdf", pdf(true));
        expectFailed("encrypted DOCX", "locked.docx", encryptedDocx());
        expectFailed("DOCX archive bomb", "bomb.docx", docxBomb());

        expectTerminal("deeply nested HTML", "nested.html", ("<html><body>" + "<div>".repeat(50_000) + "deep"
                + "</div>".repeat(50_000) + "</body></html>").getBytes(StandardCharsets.UTF_8));
        expectTerminal("huge HTML (2 MB)", "huge.html", ("<html><body>" + ("<p>" + "The General Assembly ".repeat(20)
                + "</p>").repeat(4_500) + "</body></html>").getBytes(StandardCharsets.UTF_8));
        expectTerminal("invalid UTF-8", "invalid.txt", invalidUtf8());
        expectTerminal("1 MB single line", "line.txt", ("parliament " .repeat(100_000)).getBytes(StandardCharsets.US_ASCII));
        expectStored("text in GB18030", "gb18030.txt", "第七十九届会议\n议程项目126\n\n1. 各国议会联盟与联合国的合作。\n"
                .getBytes(Charset.forName("GB18030")));
        expectStored("name with ../ and control chars", "../../etc/pass\u0007wd\r.txt",
                "1. A note whose name tries to leave the folder.".getBytes(StandardCharsets.UTF_8));
        expectStoredDeclaredAs("wrong Content-Type (text sent as image/png)", "declared.txt",
                "1. A text file declared as an image.".getBytes(StandardCharsets.UTF_8), MediaType.IMAGE_PNG);
        expectOneAcceptedWhenRacing();

        String after = storedGoodDocument("after");
        assertThat(client.stageOf(before)).isEqualTo("STORED");
        assertThat(client.stageOf(after)).isEqualTo("STORED");
        for (int port : new int[] {pipeline.ingestPort, pipeline.parsePort, pipeline.enrichPort, pipeline.queryPort}) {
            assertThat(client.get(port, "/actuator/health").status()).isEqualTo(200);
        }
    }

    private void expectRefused(String what, String name, byte[] bytes, int status) {
        expectRefused(what, name, bytes, status, RunningPipeline.TOKEN);
    }

    private void expectRefused(String what, String name, byte[] bytes, int status, String token) {
        var answer = client.upload(name, bytes, token);
        row(what, answer.status(), "-", answer.body().path("detail").asString());
        assertThat(answer.status()).as(what).isEqualTo(status);
        assertThat(answer.body().path("status").asInt()).as(what + " is a problem document").isEqualTo(status);
    }

    private void expectRefusedWithoutFilePart() {
        var answer = client.upload("document", "note.txt", "A note.".getBytes(StandardCharsets.UTF_8),
                MediaType.TEXT_PLAIN, RunningPipeline.TOKEN);
        row("no part named 'file'", answer.status(), "-", answer.body().path("detail").asString());
        assertThat(answer.status()).isEqualTo(400);
    }

    private void expectFailed(String what, String name, byte[] bytes) {
        String stage = settle(what, name, bytes, MediaType.APPLICATION_OCTET_STREAM);
        assertThat(stage).as(what).isEqualTo("FAILED");
    }

    private void expectTerminal(String what, String name, byte[] bytes) {
        assertThat(settle(what, name, bytes, MediaType.APPLICATION_OCTET_STREAM)).as(what).isIn(TERMINAL);
    }

    private void expectStored(String what, String name, byte[] bytes) {
        assertThat(settle(what, name, bytes, MediaType.APPLICATION_OCTET_STREAM)).as(what).isEqualTo("STORED");
    }

    private void expectStoredDeclaredAs(String what, String name, byte[] bytes, MediaType declared) {
        assertThat(settle(what, name, bytes, declared)).as(what).isEqualTo("STORED");
    }

    /** Uploads, expects 202, waits for a final stage, records the row; returns the final stage. */
    private String settle(String what, String name, byte[] bytes, MediaType declared) {
        var answer = client.upload("file", name, bytes, declared, RunningPipeline.TOKEN);
        assertThat(answer.status()).as(what + ": " + answer.body()).isEqualTo(202);
        String id = answer.body().path("id").asString();
        assertThat(answer.body().path("fileName").asString()).as(what).doesNotContain("/", "\r", "\u0007");
        await().atMost(SETTLE).until(() -> client.stageOf(id), TERMINAL::contains);
        var document = client.query("/api/documents/" + id).body();
        String stage = document.path("status").path("stage").asString();
        String error = document.path("status").path("error").asString("");
        row(what, 202, stage, error);
        if (stage.equals("FAILED")) {
            assertThat(error).as(what + " says why").isNotBlank().doesNotContain("Exception:", "\tat ");
        }
        return stage;
    }

    private void expectOneAcceptedWhenRacing() throws Exception {
        byte[] bytes = "1. The same file, uploaded eight times at once.".getBytes(StandardCharsets.UTF_8);
        List<Callable<Integer>> uploads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            uploads.add(() -> client.upload("race.txt", bytes, RunningPipeline.TOKEN).status());
        }
        var pool = Executors.newFixedThreadPool(8);
        List<Integer> statuses = new ArrayList<>();
        for (var f : pool.invokeAll(uploads)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        row("duplicate upload racing itself (x8)", statuses.stream().filter(s -> s == 202).count() == 1 ? 202 : 500,
                "-", statuses.toString());
        assertThat(statuses).containsOnly(200, 202).containsOnlyOnce(202);
    }

    private String storedGoodDocument(String tag) throws IOException {
        byte[] bytes = (new String(PipelineEndToEndTests.sample("A-RES-74-304.en.txt"), StandardCharsets.UTF_8)
                + "\n" + tag + "\n").getBytes(StandardCharsets.UTF_8);
        var answer = client.upload("good-" + tag + ".txt", bytes, RunningPipeline.TOKEN);
        String id = answer.body().path("id").asString();
        await().atMost(SETTLE).until(() -> client.stageOf(id), "STORED"::equals);
        row("good document " + tag, answer.status(), "STORED", "");
        return id;
    }

    private void row(String what, int status, String stage, String reason) {
        String shortReason = reason.length() > 70 ? reason.substring(0, 70) + "…" : reason;
        table.add(String.format("%-44s| %-6d | %-11s | %s", what, status, stage, shortReason.replace('\n', ' ')));
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    private static byte[] invalidUtf8() {
        var out = new ByteArrayOutputStream();
        out.writeBytes("1. Paragraph with broken bytes: ".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xE2, 0x28, (byte) 0xA1});
        out.writeBytes(" and the rest of the text.\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] pdf(boolean encrypted) throws IOException {
        var out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            if (encrypted) {
                var policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
        }
        return out.toByteArray();
    }

    private static byte[] encryptedDocx() throws Exception {
        try (var fs = new POIFSFileSystem()) {
            var encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx("<w:p><w:r><w:t>1. A secret paragraph.</w:t></w:r></w:p>"));
            }
            var out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** About 100 KB that inflates to 50 million characters of text. */
    private static byte[] docxBomb() throws IOException {
        return docx(("<w:p><w:r><w:t>" + "bomb ".repeat(2000) + "</w:t></w:r></w:p>").repeat(5_000));
    }

    private static byte[] docx(String body) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + body + "</w:body></w:document>");
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
