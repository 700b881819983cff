package docpipe.enrich.entities;

import docpipe.enrich.text.TextNormalizer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

class ScratchProfileTest {
    @Test
    void profile() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/corpus/A-79-837.zh.txt"));
        long t0 = System.nanoTime();
        var g = Gazetteer.fromClasspath();
        long t1 = System.nanoTime();
        var d = new DictionaryMatcher(g.aliases());
        long t2 = System.nanoTime();
        System.out.printf("gazetteer %d ms, automaton %d ms, aliases %d%n", (t1 - t0) / 1000000, (t2 - t1) / 1000000, g.aliases().size());
        var s = new SymbolRecognizer(); var dr = new DateRecognizer(); var pr = new PercentRecognizer();
        for (int i = 0; i < 5; i++) {
            long a = System.nanoTime(); var n = TextNormalizer.normalize(text);
            long b = System.nanoTime(); d.find(n);
            long c = System.nanoTime(); s.find(text);
            long e = System.nanoTime(); dr.find(text);
            long f = System.nanoTime(); pr.find(text);
            long h = System.nanoTime();
            System.out.printf("normalize %.1f dict %.1f symbols %.1f dates %.1f percents %.1f ms%n", (b - a) / 1e6, (c - b) / 1e6, (e - c) / 1e6, (f - e) / 1e6, (h - f) / 1e6);
        }
        var tax = docpipe.enrich.themes.Taxonomy.fromClasspath();
        var tagger = new docpipe.enrich.themes.TopicTagger(tax);
        for (int i = 0; i < 5; i++) {
            var n = TextNormalizer.normalize(text);
            long a = System.nanoTime(); tagger.evidence(n, "zh", java.util.List.of());
            System.out.printf("topics %.1f ms%n", (System.nanoTime() - a) / 1e6);
        }
    }
}
