package docpipe.query.it;

import docpipe.events.DocumentEnriched;
import docpipe.events.DocumentId;
import docpipe.events.Stage;
import docpipe.events.StatusChanged;
import docpipe.events.Topics;
import docpipe.query.QueryServiceApplication;
import docpipe.query.it.PipelineHarness.Response;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The query service as it runs, on a random port, over an embedded KRaft broker and mongo-java-server.
 * Each subclass names its own database, which also gives it its own Spring context and broker.
 */
@SpringBootTest(classes = QueryServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=query-service",
                "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                "docpipe.topics.retry-backoff=100ms", "docpipe.topics.retry-for=2s"})
@EmbeddedKafka(partitions = 6)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class QueryServiceTestBase {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", PipelineHarness::mongoUri);
    }

    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    MeterRegistry meters;
    @LocalServerPort
    int port;

    PipelineHarness pipeline;

    @BeforeAll
    void startHarness() {
        pipeline = new PipelineHarness(broker, port);
    }

    @AfterAll
    void closeHarness() {
        pipeline.close();
    }

    /** Publishes what the stages publish for one document: RECEIVED, PARSED, ENRICHED and the enriched content. */
    void publishRun(DocumentEnriched event) {
        DocumentId id = event.documentId();
        Instant received = event.receivedAt();
        pipeline.send(Topics.STATUS, id.value(), StatusChanged.reached(id, Stage.RECEIVED, event.fileName(), "ingest-service", received));
        pipeline.send(Topics.STATUS, id.value(), StatusChanged.reached(id, Stage.PARSED, event.fileName(), "parse-service", received.plusSeconds(1)));
        pipeline.send(Topics.STATUS, id.value(), StatusChanged.reached(id, Stage.ENRICHED, event.fileName(), "enrich-service", event.enrichedAt()));
        pipeline.send(Topics.ENRICHED, id.value(), event);
    }

    /** Waits until the search finds every paragraph of {@code event}'s document. */
    void awaitSearchable(DocumentEnriched event) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(pipeline.get("/api/search?facets=false&size=1"
                + "&documentId=" + event.documentId()).json().get("total").asInt()).isEqualTo(event.paragraphs().size()));
    }

    void awaitStage(DocumentId id, String stage) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Response response = pipeline.get("/api/documents/" + id);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().at("/status/stage").asString()).isEqualTo(stage);
        });
    }
}
