package docpipe.enrich.annotate;

import docpipe.events.DocumentEnriched;
import docpipe.events.DocumentId;
import docpipe.events.DocumentParsed;
import docpipe.events.ParsedDocument;
import docpipe.enrich.themes.DocumentProfile.ThemeShare;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The two Chinese documents enriched whole: what they cite and what they are about. */
class CorpusEnrichmentTest {

    private static DocumentEnricher enricher;

    @BeforeAll
    static void loadData() {
        enricher = new DocumentEnricher(Annotator.fromClasspath());
    }

    private static DocumentEnriched enrich(String file, String symbol) {
        var metadata = new ParsedDocument.Metadata(symbol, null, "zh", null, null, null, null, null, null);
        return enricher.enrich(new DocumentParsed(DocumentId.of("0123456789abcdef01234567"), file, Instant.EPOCH,
                Instant.EPOCH, new ParsedDocument(metadata, CorpusParagraphs.paragraphs(file))), Instant.EPOCH);
    }

    @Test
    void theReportCitesTheResolutionsItNames() {
        assertThat(enrich("A-79-837.zh.txt", "A/79/837").references()).containsExactlyInAnyOrder(
                "A/RES/76/270", "A/RES/77/159", "S/RES/1244(1999)", "CEDAW/C/GC/40", "S/RES/1373(2001)");
    }

    @Test
    void theResolutionCitesTheReportAndNotItself() {
        var references = enrich("A-RES-79-319.zh.txt", "A/RES/79/319").references();

        assertThat(references).contains("A/79/837", "A/RES/70/1", "A/79/L.104").doesNotContain("A/RES/79/319");
        assertThat(references).hasSize(13);
    }

    @Test
    void theReportIsAboutParliamentsFirst() {
        var profile = DocumentEnricher.profile(enrich("A-79-837.zh.txt", "A/79/837"));

        System.out.println("profile of A/79/837: " + profile);
        assertThat(profile.themes().get(0).id()).isEqualTo("parliamentary-cooperation");
        assertThat(profile.themes().subList(0, 5)).extracting(ThemeShare::id)
                .contains("gender-equality", "democracy-human-rights");
        assertThat(profile.sdgs()).anyMatch(s -> s.goal() == 5 && s.paragraphs() >= 20);
    }
}
