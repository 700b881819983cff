package docpipe.query.store;

import docpipe.events.Stage;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The typed read model reads what the code before it wrote, and writes the same BSON. */
class ReadModelMappingTest {

    private final List<Document> before = BeforeTypingFixture.stored();

    @Test
    void readsADocumentEntryWrittenBeforeTheTypedModel() {
        StoredDocument d = ReadModelMapping.document(before.get(0));

        assertThat(d.id()).isEqualTo(BeforeTypingFixture.ID);
        assertThat(d.fileName()).isEqualTo("A-79-837.zh.txt");
        assertThat(d.status()).isEqualTo(new PipelineStatus(Stage.STORED, null, null,
                Instant.parse("2025-04-01T09:00:10.123Z"), Instant.parse("2025-04-01T09:00:05.123Z")));
        assertThat(d.receivedAt()).isEqualTo(BeforeTypingFixture.RECEIVED);
        assertThat(d.enrichedAt()).isEqualTo(BeforeTypingFixture.RECEIVED.plusSeconds(5));
        assertThat(d.hasContent()).isTrue();
        assertThat(d.metadata()).isEqualTo(new StoredDocument.Metadata("A/79/837", "联合国、各国议会与各国议会联盟之间的互动",
                "zh", "REPORT", "2025-03-31", "79", "126", List.of("126"), 15));
        assertThat(d.symbolKey()).isEqualTo("A/79/837");
        assertThat(d.paragraphCount()).isEqualTo(3);
        assertThat(d.themes()).containsExactly(new StoredDocument.ThemeCount("parliamentary-cooperation", 2),
                new StoredDocument.ThemeCount("gender-equality", 1));
        assertThat(d.sdgs()).containsExactly(new StoredDocument.SdgCount(16, 1), new StoredDocument.SdgCount(17, 1));
        assertThat(d.entities()).first().isEqualTo(new StoredDocument.EntityCount("org:UNDP", "ORGANIZATION",
                "United Nations Development Programme", 2, List.of("开发署", "UNDP")));
        assertThat(d.references()).containsExactly("A/RES/74/304", "A/RES/76/270");
        assertThat(d.versions()).isEqualTo(new StoredDocument.TagVersions("taxonomy-3", "gazetteer-7", "sdg-2"));
    }

    @Test
    void readsParagraphsWrittenBeforeTheTypedModel() {
        StoredParagraph p = ReadModelMapping.paragraph(before.get(2));

        assertThat(p.id()).isEqualTo(new ParagraphId(BeforeTypingFixture.ID, 1));
        assertThat(p.number()).isEqualTo("1");
        assertThat(p.kind()).isEqualTo("PARAGRAPH");
        assertThat(p.sectionPath()).containsExactly("一. 导言");
        assertThat(p.page()).isEqualTo(1);
        assertThat(p.footnotes()).containsExactly("1");
        assertThat(p.themes()).containsExactly(
                new StoredParagraph.ThemeScore("parliamentary-cooperation", 0.9, List.of("议会")));
        assertThat(p.sdgs()).extracting(StoredParagraph.SdgScore::goal).containsExactly(16, 17);
        assertThat(p.entities()).contains(new StoredParagraph.Mention("org:IPU", "ORGANIZATION", "各国议会联盟",
                "各国议会联盟", 25, 31));
        assertThat(p.entityIds()).isEqualTo(before.get(2).getList("entityIds", String.class));
        assertThat(p.source()).isEqualTo(new StoredParagraph.Source("A/79/837",
                "联合国、各国议会与各国议会联盟之间的互动", "REPORT", "zh", "2025-03-31"));
    }

    @Test
    void writesTheSameBsonAsBeforeFromTheSameEvent() {
        Document content = ReadModelMapping.content(EnrichedDocuments.document(BeforeTypingFixture.event()));
        Document storedEntry = new Document(before.get(0));
        storedEntry.remove("_id");
        storedEntry.remove("status");
        assertThat(content).isEqualTo(storedEntry);

        List<Document> paragraphs = EnrichedDocuments.paragraphs(BeforeTypingFixture.event()).stream()
                .map(ReadModelMapping::paragraph).toList();
        assertThat(paragraphs).isEqualTo(before.subList(1, before.size()));
    }

    @Test
    void typedEntriesSurviveTheRoundTrip() {
        StoredParagraph p = EnrichedDocuments.paragraphs(BeforeTypingFixture.event()).get(2);
        assertThat(ReadModelMapping.paragraph(ReadModelMapping.paragraph(p))).isEqualTo(p);

        PipelineStatus failed = new PipelineStatus(Stage.FAILED, Stage.PARSED, "no text", Instant.parse("2026-01-02T03:04:05Z"),
                Instant.parse("2026-01-02T03:00:00Z"));
        assertThat(ReadModelMapping.status(ReadModelMapping.status(failed))).isEqualTo(failed);
    }

    @Test
    void aFailureStoredBeforeTheFailedStageWasAStageReadsInTheStagesVocabulary() {
        Document status = Document.parse("{stage: 'FAILED', failedStage: 'PARSE', error: 'PDF is encrypted', "
                + "at: {$date: '2025-01-01T00:00:00Z'}}");

        assertThat(ReadModelMapping.status(status).failedStage()).isEqualTo(Stage.PARSED);
    }

    @Test
    void aStatusWrittenBeforeRunsWereTrackedStartsItsOwnRun() {
        Document status = Document.parse("{stage: 'PARSED', failedStage: null, error: null, at: {$date: '2025-01-01T00:00:00Z'}}");

        PipelineStatus read = ReadModelMapping.status(status);

        assertThat(read.runAt()).isEqualTo(read.at()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
    }

    @Test
    void aDocumentKnownOnlyByItsStatusHasNoContent() {
        Document entry = Document.parse("{_id: '0123456789abcdef01234567', fileName: 'a.pdf', status: {stage: 'RECEIVED',"
                + " at: {$date: '2025-01-01T00:00:00Z'}, runAt: {$date: '2025-01-01T00:00:00Z'}}}");

        StoredDocument d = ReadModelMapping.document(entry);

        assertThat(d.hasContent()).isFalse();
        assertThat(d.metadata()).isNull();
        assertThat(d.paragraphCount()).isNull();
        assertThat(d.themes()).isEmpty();
        assertThat(d.entities()).isEmpty();
        assertThat(d.references()).isEmpty();
        assertThat(d.status().stage()).isEqualTo(Stage.RECEIVED);
    }

    @Test
    void readsFieldsOfOlderParagraphsItNoLongerWritesAndNumbersOfAnyType() {
        Document older = Document.parse("{_id: '0123456789abcdef01234567:4', documentId: '0123456789abcdef01234567',"
                + " index: 4, kind: 'PARAGRAPH', text: 'Women in parliaments', terms: ['women', 'parliament'],"
                + " themeIds: ['gender-equality'], symbolKey: 'A/1', themes: [{id: 'gender-equality', score: 1}],"
                + " entities: [{id: 'org:IPU', type: 'ORGANIZATION', text: 'IPU', start: {$numberLong: '0'}, end: 3.0}]}");

        StoredParagraph p = ReadModelMapping.paragraph(older);

        assertThat(p.id().value()).isEqualTo("0123456789abcdef01234567:4");
        assertThat(p.themes()).containsExactly(new StoredParagraph.ThemeScore("gender-equality", 1.0, List.of()));
        assertThat(p.entities()).containsExactly(new StoredParagraph.Mention("org:IPU", "ORGANIZATION", "IPU", null, 0, 3));
        assertThat(p.sectionPath()).isEmpty();
        assertThat(p.footnotes()).isEmpty();
        assertThat(p.page()).isNull();
    }
}
