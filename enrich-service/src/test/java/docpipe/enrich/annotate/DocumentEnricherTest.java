package docpipe.enrich.annotate;

import docpipe.events.Annotations.EntityMention;
import docpipe.events.Annotations.ThemeTag;
import docpipe.events.DocumentEnriched;
import docpipe.events.DocumentId;
import docpipe.events.DocumentParsed;
import docpipe.events.DocumentType;
import docpipe.events.ParagraphKind;
import docpipe.events.ParsedDocument;
import docpipe.events.ParsedDocument.Paragraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentEnricherTest {

    private static final DocumentId ID = DocumentId.of("0123456789abcdef01234567");
    private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");
    private static DocumentEnricher enricher;

    @BeforeAll
    static void loadData() {
        enricher = new DocumentEnricher(Annotator.fromClasspath());
    }

    private static DocumentParsed parsed(String symbol, String language, List<Paragraph> paragraphs) {
        var metadata = new ParsedDocument.Metadata(symbol, null, language, DocumentType.REPORT, null, null, null, null, null);
        return new DocumentParsed(ID, "test.txt", NOW, NOW, new ParsedDocument(metadata, paragraphs));
    }

    private static Paragraph paragraph(int index, ParagraphKind kind, List<String> sectionPath, String text) {
        return new Paragraph(index, null, kind, null, sectionPath, text, null, List.of());
    }

    @Test
    void recordsTheVersionsOfTheDataThatProducedTheTags() {
        var enriched = enricher.enrich(parsed(null, "zh", List.of(paragraph(0, ParagraphKind.PARAGRAPH, List.of(), "议联"))), NOW);

        assertThat(enriched.taxonomyVersion()).startsWith("taxonomy-");
        assertThat(enriched.sdgModelVersion()).startsWith("sdg-model-");
        assertThat(enriched.gazetteerVersion()).startsWith("gazetteer-");
        assertThat(enriched.enrichedAt()).isEqualTo(NOW);
        assertThat(enriched.documentId()).isEqualTo(ID);
    }

    @Test
    void citesEveryDocumentSymbolButItsOwn() {
        var enriched = enricher.enrich(parsed("A/79/837", "zh", List.of(
                paragraph(0, ParagraphKind.PARAGRAPH, List.of(), "A/79/837 根据大会第 76/270 号决议，本报告……"),
                paragraph(1, ParagraphKind.PARAGRAPH, List.of(), "大会关于第 77/159 号决议和第76/270号决议，安全理事会第1373(2001)号决议"))), NOW);

        assertThat(enriched.references()).containsExactly("A/RES/76/270", "A/RES/77/159", "S/RES/1373(2001)");
    }

    @Test
    void aDocumentParseGaveNoLanguageIsTaggedInEachParagraphsOwnLanguage() {
        String chinese = "该国议会各委员会讨论了冲突问题。";
        String english = "The parliamentary committees of the country discussed the conflict.";
        var withoutLanguage = enricher.enrich(parsed(null, null, List.of(
                paragraph(0, ParagraphKind.PARAGRAPH, List.of(), chinese), paragraph(1, ParagraphKind.PARAGRAPH, List.of(), english))), NOW);
        var annotator = Annotator.fromClasspath();

        assertThat(withoutLanguage.metadata().language()).isNull();
        assertThat(withoutLanguage.paragraphs().get(0).annotations()).isEqualTo(annotator.annotate(chinese, "zh"));
        assertThat(withoutLanguage.paragraphs().get(1).annotations()).isEqualTo(annotator.annotate(english, "en"));
    }

    @Test
    void appliesAnAbbreviationToTheRestOfTheDocument() {
        var enriched = enricher.enrich(parsed(null, "zh", List.of(
                paragraph(0, ParagraphKind.PARAGRAPH, List.of(), "人的安全股(安全股)与议联合作。"),
                paragraph(1, ParagraphKind.PARAGRAPH, List.of(), "安全股支持“人人享有安全”运动。"))), NOW);

        assertThat(enriched.paragraphs().get(1).annotations().entities())
                .extracting(EntityMention::id).containsExactly("org:HSU");
    }

    @Test
    void aParagraphInheritsThemesFromItsSectionHeading() {
        var heading = "F. 国际和平与安全";
        String text = "该国议会各委员会讨论了冲突问题。";
        var enriched = enricher.enrich(parsed(null, "zh", List.of(
                paragraph(0, ParagraphKind.HEADING, List.of(), heading),
                paragraph(1, ParagraphKind.PARAGRAPH, List.of(heading), text),
                paragraph(2, ParagraphKind.PARAGRAPH, List.of(), text))), NOW);

        var underHeading = themeIds(enriched, 1);
        var alone = themeIds(enriched, 2);
        assertThat(underHeading).contains("peace-security");
        assertThat(enriched.paragraphs().get(1).annotations().themes().stream()
                .filter(t -> t.id().equals("peace-security")).findFirst().orElseThrow().evidence())
                .anyMatch(e -> e.startsWith("heading: "));
        assertThat(alone).doesNotContain("peace-security");
    }

    @Test
    void profilesTheDocumentByThemeAndGoal() {
        var enriched = enricher.enrich(parsed(null, "en", List.of(
                paragraph(0, ParagraphKind.PARAGRAPH, List.of(), "Gender equality and the empowerment of all women and girls."),
                paragraph(1, ParagraphKind.PARAGRAPH, List.of(), "Violence against women in politics must end."),
                paragraph(2, ParagraphKind.PARAGRAPH, List.of(), "Climate change and biodiversity loss."))), NOW);

        var profile = DocumentEnricher.profile(enriched);

        assertThat(profile.themes().get(0).id()).isEqualTo("gender-equality");
        assertThat(profile.themes().get(0).paragraphs()).isEqualTo(2);
        assertThat(profile.sdgs()).anyMatch(s -> s.goal() == 13 && s.paragraphs() == 1);
    }

    @Test
    void guessesTheLanguageWhenTheMetadataHasNone() {
        var enriched = enricher.enrich(parsed(null, null, List.of(
                paragraph(0, ParagraphKind.PARAGRAPH, List.of(), "世卫组织与议联续签了谅解备忘录，支持议会在卫生方面的行动。"))), NOW);

        assertThat(themeIds(enriched, 0)).contains("health");
    }

    private static List<String> themeIds(DocumentEnriched enriched, int index) {
        return enriched.paragraphs().get(index).annotations().themes().stream().map(ThemeTag::id).toList();
    }
}
