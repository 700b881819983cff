package docpipe.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Events already on the topics (written while the vocabularies were strings) read into today's records. */
class ContractCompatibilityTest {

    private final JsonMapper mapper = JsonMapper.builder().build();

    @ParameterizedTest
    @CsvSource({
            "document-parsed.json, docpipe.events.DocumentParsed",
            "document-parsed-note.json, docpipe.events.DocumentParsed",
            "document-enriched.json, docpipe.events.DocumentEnriched",
            "status-reached.json, docpipe.events.StatusChanged"})
    void readsEventsWrittenBeforeTheEnumsAndWritesTheSameJson(String file, Class<?> type) throws IOException {
        String written = captured(file);

        Object event = mapper.readValue(written, type);

        assertThat(mapper.writeValueAsString(event)).isEqualTo(written);
    }

    @Test
    void readsTheVocabulariesOfACapturedEventAsEnums() throws IOException {
        var parsed = mapper.readValue(captured("document-parsed.json"), DocumentParsed.class).document();
        var enriched = mapper.readValue(captured("document-enriched.json"), DocumentEnriched.class);

        assertThat(parsed.metadata().type()).isEqualTo(DocumentType.RESOLUTION);
        assertThat(parsed.paragraphs()).extracting(ParsedDocument.Paragraph::kind, ParsedDocument.Paragraph::role)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ParagraphKind.HEADING, null),
                        org.assertj.core.groups.Tuple.tuple(ParagraphKind.PARAGRAPH, ParagraphRole.PREAMBULAR),
                        org.assertj.core.groups.Tuple.tuple(ParagraphKind.PARAGRAPH, ParagraphRole.OPERATIVE),
                        org.assertj.core.groups.Tuple.tuple(ParagraphKind.LIST_ITEM, ParagraphRole.OPERATIVE),
                        org.assertj.core.groups.Tuple.tuple(ParagraphKind.FOOTNOTE, null));
        assertThat(enriched.paragraphs()).flatExtracting(p -> p.annotations().entities())
                .extracting(Annotations.EntityMention::type)
                .containsOnly(EntityType.values());
    }

    @ParameterizedTest
    @CsvSource({"ingest, RECEIVED", "parse, PARSED", "enrich, ENRICHED", "store, STORED"})
    void readsTheFailedStageOfOlderEventsAsTheStageTheDocumentDidNotReach(String work, Stage notReached)
            throws IOException {
        String written = captured("status-failed-" + work + ".json");

        var status = mapper.readValue(written, StatusChanged.class);

        assertThat(status.stage()).isEqualTo(Stage.FAILED);
        assertThat(status.failedStage()).isEqualTo(notReached);
        assertThat(mapper.writeValueAsString(status))
                .isEqualTo(written.replace("\"failedStage\":\"" + work.toUpperCase() + "\"",
                        "\"failedStage\":\"" + notReached + "\""));
    }

    @Test
    void readsAnUnknownDocumentTypeAsOther() throws IOException {
        String memo = captured("document-parsed-note.json").replace("\"type\":\"NOTE\"", "\"type\":\"MEMORANDUM\"");

        var metadata = mapper.readValue(memo, DocumentParsed.class).document().metadata();

        assertThat(metadata.type()).isEqualTo(DocumentType.OTHER);
    }

    @Test
    void readsAnAbsentDocumentTypeAsNull() throws IOException {
        String untyped = captured("document-parsed-note.json").replace("\"type\":\"NOTE\"", "\"type\":null");

        assertThat(mapper.readValue(untyped, DocumentParsed.class).document().metadata().type()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "document-parsed.json, '\"kind\":\"FOOTNOTE\"', '\"kind\":\"TABLE\"', paragraph kind 'TABLE'",
            "document-parsed.json, '\"kind\":\"HEADING\"', '\"kind\":\"heading\"', paragraph kind 'heading'",
            "document-parsed.json, '\"role\":\"OPERATIVE\"', '\"role\":\"ANNEXED\"', paragraph role 'ANNEXED'",
            "document-enriched.json, '\"type\":\"PERSON\"', '\"type\":\"VESSEL\"', entity type 'VESSEL'",
            "status-reached.json, '\"stage\":\"PARSED\"', '\"stage\":\"ARCHIVED\"', stage 'ARCHIVED'"})
    void refusesAnUnknownNameInAStrictVocabularySoTheRecordIsDeadLettered(String file, String known,
                                                                           String unknown, String message)
            throws IOException {
        String json = captured(file);
        assertThat(json).contains(known);
        Class<?> type = file.startsWith("status") ? StatusChanged.class
                : file.contains("enriched") ? DocumentEnriched.class : DocumentParsed.class;

        assertThatThrownBy(() -> mapper.readValue(json.replace(known, unknown), type))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("unknown " + message);
    }

    private static String captured(String file) throws IOException {
        try (InputStream in = ContractCompatibilityTest.class.getResourceAsStream("/events-v1/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
