package docpipe.enrich.annotate;

import org.junit.jupiter.api.Test;

import java.util.TreeMap;

class ScratchTest {
    @Test
    void dump() {
        var annotator = Annotator.fromClasspath();
        for (String doc : new String[]{"A-79-837.zh.txt", "A-RES-79-319.zh.txt", "A-RES-76-270.en.txt", "A-RES-74-304.en.txt"}) {
            var counts = new TreeMap<String, Integer>();
            var ps = CorpusParagraphs.paragraphs(doc);
            System.out.println("=== " + doc + " paragraphs " + ps.size());
            for (var p : ps) {
                var a = annotator.annotate(p.text(), null);
                for (var e : a.entities()) counts.merge(e.id() + " " + e.text(), 1, Integer::sum);
            }
            counts.forEach((k, v) -> System.out.println(k + "\t" + v));
        }
    }
}
