package docpipe.enrich.annotate;

import docpipe.events.DocumentId;
import docpipe.events.DocumentParsed;
import docpipe.events.DocumentType;
import docpipe.events.ParsedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Annotation answers in milliseconds for a paragraph; a whole report takes a fraction of a second. The
 * bounds are loose because the build machine is shared; the printed figures are the measurement.
 */
class AnnotationSpeedTest {

    private static Annotator annotator;

    @BeforeAll
    static void loadData() {
        long start = System.nanoTime();
        annotator = Annotator.fromClasspath();
        System.out.printf("annotator loaded in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void annotatesAParagraphInMilliseconds() {
        var paragraphs = CorpusParagraphs.paragraphs("A-79-837.zh.txt");
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            paragraphs.forEach(p -> annotator.annotate(p.text(), "zh"));
        }
        long start = System.nanoTime();
        long worst = 0;
        for (var p : paragraphs) {
            long t = System.nanoTime();
            annotator.annotate(p.text(), "zh");
            worst = Math.max(worst, System.nanoTime() - t);
        }
        double meanMs = (System.nanoTime() - start) / 1e6 / paragraphs.size();

        System.out.printf("annotate: %.3f ms per paragraph on average, %.3f ms at worst (%d paragraphs)%n",
                meanMs, worst / 1e6, paragraphs.size());
        assertThat(meanMs).isLessThan(5.0);
    }

    @Test
    void enrichesTheWholeReportInAFractionOfASecond() {
        var paragraphs = CorpusParagraphs.paragraphs("A-79-837.zh.txt");
        var metadata = new ParsedDocument.Metadata("A/79/837", null, "zh", DocumentType.REPORT, null, null, null, null, null);
        var parsed = new DocumentParsed(DocumentId.of("0123456789abcdef01234567"), "A-79-837.zh.txt", Instant.EPOCH,
                Instant.EPOCH, new ParsedDocument(metadata, paragraphs));
        var enricher = new DocumentEnricher(annotator);
        for (int warmUp = 0; warmUp < 5; warmUp++) {
            enricher.enrich(parsed, Instant.EPOCH);
        }

        var times = new double[5];
        var enriched = enricher.enrich(parsed, Instant.EPOCH);
        for (int run = 0; run < times.length; run++) {
            long start = System.nanoTime();
            enriched = enricher.enrich(parsed, Instant.EPOCH);
            times[run] = (System.nanoTime() - start) / 1e6;
        }
        java.util.Arrays.sort(times);
        double ms = times[times.length / 2];

        System.out.printf("enrich: whole report A/79/837 (%d paragraphs, %d characters) in %.1f ms (median of %d runs)%n",
                paragraphs.size(), paragraphs.stream().mapToInt(p -> p.text().length()).sum(), ms, times.length);
        assertThat(enriched.paragraphs()).hasSize(paragraphs.size());
        assertThat(ms).isLessThan(2000);
    }
}
