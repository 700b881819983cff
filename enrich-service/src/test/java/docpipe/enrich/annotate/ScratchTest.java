package docpipe.enrich.annotate;

import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void dump() {
        var annotator = Annotator.fromClasspath();
        for (String doc : new String[]{"A-79-837.zh.txt", "A-RES-79-319.zh.txt"}) {
            for (var p : CorpusParagraphs.paragraphs(doc)) {
                var a = annotator.annotate(p.text(), null);
                for (var e : a.entities()) {
                    if (e.id().matches("org:(UN-SG|IPU-SG|UNGA|IPU-ASSEMBLY)|date:.*|percent:.*")) {
                        String t = p.text();
                        System.out.println(e.id() + " | " + t.substring(Math.max(0, e.start() - 8), e.start()) + "[" + e.text() + "]" + t.substring(e.end(), Math.min(t.length(), e.end() + 6)));
                    }
                }
            }
        }
    }
}
