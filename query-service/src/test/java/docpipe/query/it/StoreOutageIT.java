package docpipe.query.it;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import docpipe.events.DocumentId;
import docpipe.events.MetricNames;
import docpipe.events.Stage;
import docpipe.events.StatusChanged;
import docpipe.events.Topics;
import docpipe.query.QueryServiceApplication;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
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
 * MongoDB goes away while an enriched document is waiting: the record is retried with back-off, not
 * dead-lettered, and stored once the store is back. Its own store, so stopping it disturbs no other test.
 */
@SpringBootTest(classes = QueryServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=query-service",
                "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                "spring.mongodb.database=it-outage",
                "docpipe.topics.retry-backoff=200ms",
                "docpipe.topics.retry-for=2m"})
@EmbeddedKafka(partitions = 6)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreOutageIT {

    private static final MemoryBackend BACKEND = new MemoryBackend();
    private static MongoServer store = new MongoServer(BACKEND);
    private static final int STORE_PORT;

    static {
        store.bind("127.0.0.1", 0);
        STORE_PORT = store.getLocalAddress().getPort();
    }

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        // fail fast while the store is down, so the listener's back-off, not the driver, does the waiting
        registry.add("spring.mongodb.uri",
                () -> "mongodb://127.0.0.1:" + STORE_PORT + "/?serverSelectionTimeoutMS=1000&connectTimeoutMS=500");
    }

    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    MeterRegistry meters;
    @LocalServerPort
    int port;

    @AfterAll
    void stopStore() {
        store.shutdownNow();
    }

    @Test
    void keepsRetryingWhileTheStoreIsDownAndStoresTheDocumentWhenItIsBack() {
        PipelineHarness pipeline = new PipelineHarness(broker, port);
        DocumentId id = SampleCorpus.id("outage");
        pipeline.send(Topics.STATUS, id.value(), StatusChanged.reached(id, Stage.RECEIVED, "outage.txt", "ingest-service",
                Instant.parse("2026-11-21T20:00:00Z")));
        await().atMost(Duration.ofSeconds(30)).until(() -> pipeline.get("/api/documents/" + id).status() == 200);

        store.shutdownNow();
        pipeline.send(Topics.ENRICHED, id.value(), SampleCorpus.report(id, Instant.parse("2026-11-21T20:00:05Z")));
        await().atMost(Duration.ofSeconds(30)).until(() -> pipeline.get("/actuator/health").status() == 503);
        PipelineHarness.Response down = pipeline.get("/api/documents/" + id);
        assertThat(down.status()).isEqualTo(500);
        assertThat(down.contentType()).startsWith("application/problem+json");
        assertThat(down.body()).doesNotContain("Mongo").doesNotContain("Exception");

        // a few retries fail while the store is down, and none of them dead-letters the record
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> deadLetters() == 0);

        store = new MongoServer(BACKEND);
        store.bind("127.0.0.1", STORE_PORT);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            PipelineHarness.Response response = pipeline.get("/api/documents/" + id);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().at("/status/stage").asString()).isEqualTo("STORED");
        });
        assertThat(pipeline.get("/api/documents/" + id + "/paragraphs").json().get("items")).hasSize(7);
        assertThat(deadLetters()).isZero();
        pipeline.close();
    }

    private double deadLetters() {
        return meters.counter(MetricNames.DEAD_LETTERS, "topic", Topics.ENRICHED).count();
    }
}
