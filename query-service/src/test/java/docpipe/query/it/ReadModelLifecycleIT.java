package docpipe.query.it;

import docpipe.events.DocumentEnriched;
import docpipe.events.DocumentId;
import docpipe.events.MetricNames;
import docpipe.events.Stage;
import docpipe.events.StatusChanged;
import docpipe.events.Topics;
import docpipe.query.it.PipelineHarness.Response;
import io.micrometer.core.instrument.Counter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static docpipe.query.it.PipelineHarness.encode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the read model follows a document's events: status order, late and replayed events,
 * re-enrichment, failures and reprocessing.
 */
@TestPropertySource(properties = "spring.mongodb.database=it-lifecycle")
class ReadModelLifecycleIT extends QueryServiceTestBase {

    @Test
    void showsReceivedAsSoonAsTheStatusArrivesAndStoredAfterEnrichment() {
        DocumentId id = SampleCorpus.id("lifecycle");
        pipeline.send(Topics.STATUS, id.value(), StatusChanged.reached(id, Stage.RECEIVED, "lifecycle.txt", "ingest-service",
                Instant.parse("2026-11-21T10:00:00Z")));
        awaitStage(id, "RECEIVED");
        JsonNode received = pipeline.get("/api/documents/" + id).json();
        assertThat(received.get("metadata").isNull()).isTrue();
        assertThat(received.get("fileName").asString()).isEqualTo("lifecycle.txt");

        pipeline.send(Topics.STATUS, id.value(), StatusChanged.reached(id, Stage.PARSED, "lifecycle.txt", "parse-service",
                Instant.parse("2026-11-21T10:00:01Z")));
        awaitStage(id, "PARSED");
        pipeline.send(Topics.ENRICHED, id.value(), SampleCorpus.resolution2022(id, Instant.parse("2026-11-21T10:00:02Z")));
        awaitStage(id, "STORED");
        assertThat(pipeline.get("/api/documents/" + id).json().at("/metadata/symbol").asString()).isEqualTo("A/RES/76/270");
    }

    @Test
    void ignoresAnOlderStatusArrivingLate() {
        DocumentId id = SampleCorpus.id("late-status");
        publishRun(SampleCorpus.report(id, Instant.parse("2026-11-21T11:00:05Z")));
        awaitStage(id, "STORED");
        String storedAt = pipeline.get("/api/documents/" + id).json().at("/status/updatedAt").asString();

        pipeline.awaitConsumed(pipeline.send(Topics.STATUS, id.value(), StatusChanged.reached(id, Stage.PARSED,
                "A-79-837.zh.txt", "parse-service", Instant.parse("2026-11-20T09:00:01Z"))));
        pipeline.awaitConsumed(pipeline.send(Topics.STATUS, id.value(), StatusChanged.reached(id, Stage.ENRICHED,
                "A-79-837.zh.txt", "enrich-service", Instant.now())));

        JsonNode status = pipeline.get("/api/documents/" + id).json().get("status");
        assertThat(status.get("stage").asString()).isEqualTo("STORED");
        assertThat(status.get("updatedAt").asString()).isEqualTo(storedAt);
    }

    @Test
    void aReplayedEnrichmentChangesNothing() {
        DocumentId id = SampleCorpus.id("replayed");
        DocumentEnriched event = SampleCorpus.resolution2025(id, Instant.parse("2026-11-21T12:00:05Z"));
        publishRun(event);
        awaitStage(id, "STORED");
        String before = pipeline.get("/api/documents/" + id).body();
        String paragraphsBefore = pipeline.get("/api/documents/" + id + "/paragraphs").body();
        Counter duplicates = meters.counter(MetricNames.DOCUMENTS, "stage", "store", "outcome", "duplicate");
        double duplicatesBefore = duplicates.count();

        pipeline.awaitConsumed(pipeline.send(Topics.ENRICHED, id.value(), event));
        // an older enrichment, e.g. from a replay of the topic, must not overwrite the newer one either
        DocumentEnriched older = SampleCorpus.report(id, Instant.parse("2026-11-21T11:59:00Z"));
        pipeline.awaitConsumed(pipeline.send(Topics.ENRICHED, id.value(), older));

        assertThat(duplicates.count()).isEqualTo(duplicatesBefore + 2);
        assertThat(pipeline.get("/api/documents/" + id).body()).isEqualTo(before);
        assertThat(pipeline.get("/api/documents/" + id + "/paragraphs").body()).isEqualTo(paragraphsBefore);
    }

    @Test
    void aNewerEnrichmentReplacesTheParagraphs() {
        DocumentId id = SampleCorpus.id("re-enriched");
        DocumentEnriched report = SampleCorpus.report(id, Instant.parse("2026-11-21T13:00:05Z"));
        publishRun(report);
        awaitStage(id, "STORED");
        awaitSearchable(report);
        String undp = "/api/search?q=" + encode("开发署") + "&documentId=" + id;
        assertThat(pipeline.get(undp).json().get("total").asInt()).isPositive();
        DocumentEnriched shorter = SampleCorpus.resolution2022(id, Instant.parse("2026-11-21T14:00:00Z"));
        pipeline.awaitConsumed(pipeline.send(Topics.ENRICHED, id.value(), shorter));

        JsonNode items = pipeline.get("/api/documents/" + id + "/paragraphs").json().get("items");
        assertThat(items).hasSize(4);
        assertThat(items.get(0).get("text").asString()).startsWith("Recognizing");
        // the search index is fed apart: it drops the report's paragraphs a moment later
        awaitSearchable(shorter);
        assertThat(pipeline.get(undp).json().get("total").asInt()).isZero();
    }

    @Test
    void listsFailuresAndReprocessesOnANewerReceipt() {
        DocumentId id = SampleCorpus.id("broken");
        pipeline.send(Topics.STATUS, id.value(), StatusChanged.reached(id, Stage.RECEIVED, "broken.pdf", "ingest-service",
                Instant.parse("2026-11-21T15:00:00Z")));
        pipeline.send(Topics.STATUS, id.value(), StatusChanged.failed(id, Stage.PARSED, "PDF is encrypted", "broken.pdf",
                "parse-service", Instant.parse("2026-11-21T15:00:01Z")));
        awaitStage(id, "FAILED");

        JsonNode doc = pipeline.get("/api/documents/" + id).json();
        assertThat(doc.at("/status/error").asString()).isEqualTo("PDF is encrypted");
        assertThat(doc.at("/status/failedStage").asString()).isEqualTo("PARSED");
        JsonNode failures = pipeline.get("/api/failures").json();
        assertThat(failures.get("items").valueStream().map(i -> i.get("id").asString()).toList()).contains(id.value());
        assertThat(pipeline.get("/api/documents?stage=FAILED").json().get("items").valueStream().map(i -> i.get("id").asString()).toList()).contains(id.value());

        // a stale PARSED from before the failure does not hide it
        pipeline.awaitConsumed(pipeline.send(Topics.STATUS, id.value(), StatusChanged.reached(id, Stage.PARSED,
                "broken.pdf", "parse-service", Instant.parse("2026-11-21T15:00:00.500Z"))));
        assertThat(pipeline.get("/api/documents/" + id).json().at("/status/stage").asString()).isEqualTo("FAILED");

        pipeline.send(Topics.STATUS, id.value(), StatusChanged.reached(id, Stage.RECEIVED, "broken.pdf", "ingest-service",
                Instant.parse("2026-11-21T16:00:00Z")));
        awaitStage(id, "RECEIVED");
        assertThat(pipeline.get("/api/documents/" + id).json().at("/status/error").isNull()).isTrue();
    }

    @Test
    void deadLettersARecordThatCannotBeReadWithItsOriginalBytes() {
        byte[] poison = "{\"documentId\": 42, not json".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        pipeline.sendRaw(Topics.STATUS, "poison-pill", poison);

        var dead = pipeline.readOne(Topics.deadLetter(Topics.STATUS), "poison-pill");
        assertThat(dead.value()).isEqualTo(poison);
        assertThat(new String(dead.headers().lastHeader(Topics.HEADER_FAILURE_REASON).value(),
                java.nio.charset.StandardCharsets.UTF_8)).startsWith("The event could not be read");
    }

    @Test
    void anEventThatCanNeverBeStoredIsDeadLetteredAtOnceAndTheDocumentFails() {
        DocumentId id = SampleCorpus.id("without-id");
        publishRun(SampleCorpus.report(id, Instant.parse("2026-11-21T17:00:05Z")));
        awaitStage(id, "STORED");
        DocumentEnriched headless = new DocumentEnriched(null, "x.txt", Instant.parse("2026-11-21T17:00:00Z"),
                Instant.parse("2026-11-21T18:00:00Z"), null, java.util.List.of(), java.util.List.of(), "t", "g");
        pipeline.send(Topics.ENRICHED, id.value(), headless);

        var dead = pipeline.readOne(Topics.deadLetter(Topics.ENRICHED), id.value());
        assertThat(new String(dead.headers().lastHeader(Topics.HEADER_FAILURE_REASON).value(),
                java.nio.charset.StandardCharsets.UTF_8)).contains("without a document id");
        awaitStage(id, "FAILED");
        JsonNode status = pipeline.get("/api/documents/" + id).json().get("status");
        assertThat(status.get("failedStage").asString()).isEqualTo("STORED");
        // the content stored before stays readable
        assertThat(pipeline.get("/api/documents/" + id + "/paragraphs").json().get("items")).hasSize(7);
    }
}
