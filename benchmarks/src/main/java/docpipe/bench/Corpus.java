package docpipe.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The real UN documents the benchmarks run on (copied from samples/ and the shared corpus into
 * src/main/resources/corpus) and the variants made from them: the same bytes with one unique line added,
 * so that every variant has its own content-derived document id.
 */
final class Corpus {

    /** The report the targets of issue 8 are stated for. */
    static final String REPORT_PDF = "A-79-837.zh.pdf";
    static final String REPORT_TXT = "A-79-837.zh.txt";

    /** The mix of the pipeline runs: every format and language we have (DOCX cannot take an appended line). */
    static final List<String> MIX = List.of(
            "A-79-837.zh.pdf", "A-79-837.zh.txt", "A-79-837.zh.html",
            "A-RES-73-6.en.pdf", "A-RES-73-7.en.pdf", "A-INF-76-1.en.pdf", "A-RES-48-246.en.pdf",
            "A-RES-48-246.es.pdf", "A-RES-74-304.en.txt", "A-RES-76-270.en.txt", "A-RES-79-319.zh.txt");

    record Sample(String fileName, byte[] bytes) {

        String mediaType() {
            if (fileName.endsWith(".pdf")) {
                return "application/pdf";
            }
            if (fileName.endsWith(".html")) {
                return "text/html";
            }
            return "text/plain";
        }

        /**
         * The same document with one unique line: a PDF comment after the last %%EOF (readers ignore it,
         * the text is unchanged), an HTML comment, or a last text line for plain text.
         */
        Sample variant(String tag) {
            String line;
            if (fileName.endsWith(".pdf")) {
                line = "\n%docpipe-benchmark " + tag + "\n";
            } else if (fileName.endsWith(".html")) {
                line = "\n<!-- docpipe-benchmark " + tag + " -->\n";
            } else {
                line = "\n\nbenchmark variant " + tag + "\n";
            }
            byte[] extra = line.getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[bytes.length + extra.length];
            System.arraycopy(bytes, 0, out, 0, bytes.length);
            System.arraycopy(extra, 0, out, bytes.length, extra.length);
            int dot = fileName.indexOf('.');
            return new Sample(fileName.substring(0, dot) + "-" + tag + fileName.substring(dot), out);
        }
    }

    private Corpus() {
    }

    static Sample load(String fileName) {
        try (InputStream in = Corpus.class.getResourceAsStream("/corpus/" + fileName)) {
            if (in == null) {
                throw new IllegalArgumentException("no corpus file " + fileName);
            }
            return new Sample(fileName, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Sample> mix() {
        return MIX.stream().map(Corpus::load).toList();
    }

    /** n variants cycling through the mix, tagged with the run's prefix so that no two runs share an id. */
    static List<Sample> variants(String prefix, int n) {
        List<Sample> mix = mix();
        List<Sample> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(mix.get(i % mix.size()).variant(prefix + "-" + i));
        }
        return out;
    }

    /** The text file repeated {@code times} times, separated by blank lines. */
    static Sample repeated(String fileName, int times) {
        Sample one = load(fileName);
        String text = new String(one.bytes(), StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(text.length() * times + 2 * times);
        for (int i = 0; i < times; i++) {
            sb.append(text).append("\n\n");
        }
        return new Sample(fileName, sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
