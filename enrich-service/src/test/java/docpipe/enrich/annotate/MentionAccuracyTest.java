package docpipe.enrich.annotate;

import docpipe.events.Annotations.EntityMention;
import docpipe.events.DocumentEnriched.EnrichedParagraph;
import docpipe.events.DocumentId;
import docpipe.events.DocumentParsed;
import docpipe.events.ParsedDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mention by mention, in eight hand-annotated paragraphs of A/79/837: every mention must carry the right
 * id (大会 and 秘书长 included), counted as precision and recall over (paragraph, id) occurrences.
 */
class MentionAccuracyTest {

    @Test
    void givesEachMentionItsEntity() throws IOException {
        var expected = expectedMentions();
        var metadata = new ParsedDocument.Metadata("A/79/837", null, "zh", null, null, null, null, null, null);
        var enriched = new DocumentEnricher(Annotator.fromClasspath()).enrich(new DocumentParsed(
                DocumentId.of("0123456789abcdef01234567"), "A-79-837.zh.txt", Instant.EPOCH, Instant.EPOCH,
                new ParsedDocument(metadata, CorpusParagraphs.paragraphs("A-79-837.zh.txt"))), Instant.EPOCH);

        int truePositives = 0, found = 0, wanted = 0;
        var errors = new ArrayList<String>();
        for (var entry : expected.entrySet()) {
            var paragraph = paragraphNumbered(enriched.paragraphs(), entry.getKey());
            var actual = paragraph.annotations().entities().stream().map(EntityMention::id)
                    .filter(GoldAnnotation::inScope).toList();
            var remaining = new ArrayList<>(actual);
            for (String id : entry.getValue()) {
                if (remaining.remove(id)) {
                    truePositives++;
                } else {
                    errors.add(entry.getKey() + ": missed " + id);
                }
            }
            remaining.forEach(id -> errors.add(entry.getKey() + ": spurious " + id));
            found += actual.size();
            wanted += entry.getValue().size();
        }
        double precision = (double) truePositives / found;
        double recall = (double) truePositives / wanted;

        System.out.printf("mentions A/79/837 (8 paragraphs): precision %.3f (%d/%d), recall %.3f (%d/%d); %s%n",
                precision, truePositives, found, recall, truePositives, wanted, errors);
        assertThat(precision).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).isGreaterThanOrEqualTo(0.95);
    }

    private static EnrichedParagraph paragraphNumbered(List<EnrichedParagraph> paragraphs, String number) {
        return paragraphs.stream().filter(p -> p.paragraph().text().startsWith(number + ". ")).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + number));
    }

    private static Map<String, List<String>> expectedMentions() throws IOException {
        try (var in = MentionAccuracyTest.class.getResourceAsStream("/gold/A-79-837.zh.mentions.tsv")) {
            Map<String, List<String>> byParagraph = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    var columns = line.split("\t");
                    byParagraph.computeIfAbsent(columns[0], k -> new ArrayList<>()).add(columns[1]);
                }
            }
            return byParagraph;
        }
    }
}
