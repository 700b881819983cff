package docpipe.local.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A document whose parse never ends, through the whole pipeline with one extraction worker: it ends FAILED with
 * reason timeout (its child process killed), and the document uploaded after it is parsed and STORED.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HungParseIT {

    private EmbeddedInfrastructure infrastructure;
    private RunningPipeline pipeline;
    private PipelineClient client;

    @BeforeAll
    void start() throws Exception {
        infrastructure = new EmbeddedInfrastructure();
        pipeline = new RunningPipeline(infrastructure.bootstrapServers, infrastructure.mongoUri,
                Files.createTempDirectory("hung-parse-inbox"),
                "--docpipe.parse.workers=1",
                "--docpipe.parse.timeout=3s",
                "--docpipe.parse.child-heap=256m",
                "--docpipe.parse.child-reader=" + NeverEndingParse.class.getName());
        client = new PipelineClient(pipeline);
    }

    @AfterAll
    void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
        if (infrastructure != null) {
            infrastructure.close();
        }
    }

    @Test
    void aParseThatNeverEndsFailsAndTheNextDocumentIsStored() throws Exception {
        String hung = upload("never-ends.txt");
        String next = upload("next.txt");

        await().atMost(Duration.ofSeconds(120)).until(() -> client.stageOf(hung), "FAILED"::equals);
        assertThat(client.query("/api/documents/" + hung).body().path("status").path("error").asString()).contains("took longer");
        await().atMost(Duration.ofSeconds(120)).until(() -> client.stageOf(next), "STORED"::equals);
    }

    private String upload(String name) throws Exception {
        String text = new String(Files.readAllBytes(Samples.folder().resolve("A-RES-74-304.en.txt")), StandardCharsets.UTF_8)
                + "\n\nA copy of " + UUID.randomUUID() + ".\n";
        var answer = client.upload(name, text.getBytes(StandardCharsets.UTF_8), RunningPipeline.TOKEN);
        assertThat(answer.status()).isEqualTo(202);
        return answer.body().path("id").asString();
    }
}
