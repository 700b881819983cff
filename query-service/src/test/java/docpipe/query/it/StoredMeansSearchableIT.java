package docpipe.query.it;

import docpipe.events.DocumentEnriched;
import docpipe.events.DocumentId;
import docpipe.events.DocumentType;
import docpipe.events.ParsedDocument;
import docpipe.events.Stage;
import docpipe.events.StatusChanged;
import docpipe.events.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A client finds what it was told exists: a document after its 202, a stored word after STORED; every time. */
@TestPropertySource(properties = "spring.mongodb.database=it-stored-searchable")
class StoredMeansSearchableIT extends QueryServiceTestBase {

    private static final String[] UNIQUE = {"zorblat", "quexifor", "vandrimol", "peluxian", "gratheon"};

    @Test
    void aWordOnlyTheStoredDocumentHasIsFoundTheMomentItIsStored() {
        for (int i = 0; i < 20; i++) {
            String word = UNIQUE[i % UNIQUE.length] + i;
            DocumentId id = SampleCorpus.id("searchable-" + i);
            publishRun(document(id, word, Instant.parse("2026-12-01T10:00:00Z").plusSeconds(i)));

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10)).until(() -> {
                PipelineHarness.Response response = pipeline.get("/api/documents/" + id);
                return response.status() == 200 && "STORED".equals(response.json().at("/status/stage").asString());
            });
            int hits = pipeline.get("/api/search?facets=false&q=" + word).json().get("total").asInt();
            assertThat(hits).as("hits for '%s' right after STORED (document %d)", word, i).isEqualTo(1);
        }
    }

    /** Ingest answers 202 once the RECEIVED status is on the broker; from then on the document's URL answers. */
    @Test
    void aDocumentIsFoundTheMomentItsReceivedStatusIsOnTheBroker() {
        for (int i = 0; i < 20; i++) {
            DocumentId id = SampleCorpus.id("just-accepted-" + i);
            pipeline.send(Topics.STATUS, id.value(), StatusChanged.reached(id, Stage.RECEIVED, "new-" + i + ".pdf",
                    "ingest-service", Instant.now()));

            PipelineHarness.Response response = pipeline.get("/api/documents/" + id);
            assertThat(response.status()).as("document %d right after its RECEIVED was acknowledged", i).isEqualTo(200);
            assertThat(response.json().at("/status/stage").asString()).isEqualTo("RECEIVED");
        }
        assertThat(pipeline.get("/api/documents/" + SampleCorpus.id("never-uploaded")).status()).isEqualTo(404);
    }

    private static DocumentEnriched document(DocumentId id, String word, Instant enrichedAt) {
        SampleCorpus.Builder b = new SampleCorpus.Builder()
                .paragraph("1", "The Assembly welcomes the report on parliaments.")
                .paragraph("2", "It notes the " + word + " initiative of national parliaments.");
        var metadata = new ParsedDocument.Metadata("A/80/" + (900 + id.value().charAt(0)), "A report", "en", DocumentType.REPORT,
                "2026-12-01", "80", null, List.of(), 2);
        return new DocumentEnriched(id, word + ".txt", SampleCorpus.RECEIVED, enrichedAt, metadata, b.paragraphs,
                List.of(), "themes-1", "gazetteer-1");
    }
}
