package docpipe.query.it;

import docpipe.events.DocumentEnriched;
import docpipe.events.DocumentId;
import docpipe.events.Topics;
import docpipe.pipeline.StartedFromMain;
import docpipe.query.QueryServiceApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.support.SendResult;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The search index on disk across restarts of the service: it reopens with the documents and the read offsets of
 * its last commit and catches up from there, and rebuilds itself from the topic when its folder is deleted.
 */
@ExtendWith(OutputCaptureExtension.class)
class SearchIndexRestartIT {

    private static EmbeddedKafkaKraftBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = new EmbeddedKafkaKraftBroker(1, 6);
        broker.afterPropertiesSet();
    }

    @AfterAll
    static void stopBroker() {
        broker.destroy();
    }

    @Test
    void reopensWithItsCommittedOffsetsCatchesUpAndRebuildsWhenDeleted(@TempDir Path folder, CapturedOutput output)
            throws IOException {
        Path indexDir = folder.resolve("search-index");
        DocumentId id = SampleCorpus.id("restarted");
        DocumentEnriched report = SampleCorpus.report(id, Instant.parse("2026-11-22T10:00:00Z"));
        SendResult<String, Object> sent;
        try (ConfigurableApplicationContext first = start(indexDir)) {
            PipelineHarness pipeline = new PipelineHarness(broker, port(first));
            sent = pipeline.send(Topics.ENRICHED, id.value(), report);
            awaitSearchable(pipeline, id, 7);
            pipeline.close();
        }
        // while the service is down, a newer enrichment of the document with fewer paragraphs arrives
        PipelineHarness producer = new PipelineHarness(broker, 0);
        producer.send(Topics.ENRICHED, id.value(), SampleCorpus.resolution2022(id, Instant.parse("2026-11-22T11:00:00Z")));
        producer.close();
        String partition = Topics.ENRICHED + "-" + sent.getRecordMetadata().partition();

        try (ConfigurableApplicationContext second = start(indexDir)) {
            // what the first run committed, read back when the index opens (before the feed starts)
            assertThat(output.getOut()).contains("search index in " + indexDir + ": 1 documents, 7 paragraphs, offsets {"
                    + partition + "=" + (sent.getRecordMetadata().offset() + 1) + "}");
            PipelineHarness pipeline = new PipelineHarness(broker, port(second));
            awaitSearchable(pipeline, id, 4);
            assertThat(pipeline.get("/actuator/health").json().at("/components/searchIndex/details/paragraphs").asInt())
                    .isEqualTo(4);
            pipeline.close();
        }

        FileSystemUtils.deleteRecursively(indexDir);
        int logged = output.getOut().length();
        try (ConfigurableApplicationContext third = start(indexDir)) {
            assertThat(output.getOut().substring(logged)).contains("search index in " + indexDir + ": 0 documents, 0 paragraphs, offsets {}");
            PipelineHarness pipeline = new PipelineHarness(broker, port(third));
            // replayed from the beginning of the compacted topic: the newer version wins again
            awaitSearchable(pipeline, id, 4);
            assertThat(pipeline.get("/api/search?q=parliament&documentId=" + id).json().get("total").asInt()).isPositive();
            pipeline.close();
        }
    }

    private static ConfigurableApplicationContext start(Path indexDir) {
        return StartedFromMain.run(QueryServiceApplication::main, "--server.port=0",
                "--management.endpoint.health.show-details=always",
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "--spring.mongodb.uri=" + PipelineHarness.mongoUri(),
                "--spring.mongodb.database=it-index-restart",
                "--docpipe.query.search.index-dir=" + indexDir);
    }

    private static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getProperty("local.server.port", Integer.class);
    }

    private static void awaitSearchable(PipelineHarness pipeline, DocumentId id, int paragraphs) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(pipeline.get(
                "/api/search?facets=false&size=1&documentId=" + id).json().get("total").asInt()).isEqualTo(paragraphs));
    }
}
