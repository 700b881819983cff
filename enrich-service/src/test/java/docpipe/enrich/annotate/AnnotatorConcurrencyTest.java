package docpipe.enrich.annotate;

import docpipe.events.Annotations;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class AnnotatorConcurrencyTest {

    @Test
    void oneAnnotatorServesManyThreadsWithTheSameAnswers() throws Exception {
        var annotator = Annotator.fromClasspath();
        var texts = CorpusParagraphs.paragraphs("A-79-837.zh.txt").stream().map(p -> p.text()).toList();
        var expected = texts.stream().map(t -> annotator.annotate(t, "zh")).toList();

        List<Future<List<Annotations>>> runs;
        var pool = Executors.newFixedThreadPool(4);
        try {
            Callable<List<Annotations>> all = () -> texts.stream().map(t -> annotator.annotate(t, "zh")).toList();
            runs = pool.invokeAll(List.of(all, all, all, all));
        } finally {
            pool.shutdown();
        }
        for (var run : runs) {
            assertThat(run.get()).isEqualTo(expected);
        }
    }
}
