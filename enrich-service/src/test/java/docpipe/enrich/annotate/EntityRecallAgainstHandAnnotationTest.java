package docpipe.enrich.annotate;

import docpipe.events.Annotations.EntityMention;
import docpipe.events.DocumentId;
import docpipe.events.DocumentParsed;
import docpipe.events.ParsedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the entities the enricher finds in the corpus documents against the hand annotation of
 * {@code src/test/resources/gold}, and prints precision and recall.
 */
class EntityRecallAgainstHandAnnotationTest {

    private static DocumentEnricher enricher;

    @BeforeAll
    static void loadData() {
        enricher = new DocumentEnricher(Annotator.fromClasspath());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "A-79-837.zh,    zh, 0.95, 0.95",
            "A-RES-79-319.zh, zh, 0.95, 0.95",
            "A-RES-76-270.en, en, 0.95, 0.90"})
    void findsTheEntitiesOfTheHandAnnotation(String document, String language, double minPrecision, double minRecall) {
        var score = GoldAnnotation.of(document).score(entityIds(document, language));

        System.out.printf("entities %s: %s%n", document, score);
        assertThat(score.precision()).isGreaterThanOrEqualTo(minPrecision);
        assertThat(score.recall()).isGreaterThanOrEqualTo(minRecall);
    }

    static Set<String> entityIds(String document, String language) {
        var paragraphs = CorpusParagraphs.paragraphs(document + ".txt");
        var metadata = new ParsedDocument.Metadata(null, null, language, null, null, null, null, null, null);
        var parsed = new DocumentParsed(DocumentId.of("0123456789abcdef01234567"), document, Instant.EPOCH, Instant.EPOCH,
                new ParsedDocument(metadata, paragraphs));
        return enricher.enrich(parsed, Instant.EPOCH).paragraphs().stream()
                .flatMap(p -> p.annotations().entities().stream())
                .map(EntityMention::id)
                .collect(Collectors.toSet());
    }
}
