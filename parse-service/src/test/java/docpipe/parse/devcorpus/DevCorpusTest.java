package docpipe.parse.devcorpus;

import docpipe.events.ParsedDocument;
import docpipe.parse.extract.DocumentReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every document of {@code shared/corpus/dev} against the figures of its MANIFEST.md: metadata, the main
 * paragraph sequence, preambular and operative counts. A document the parser cannot get right yet is listed
 * in {@code dev-corpus/known-misses.tsv} with the reason; its problems are printed, and once it parses
 * exactly the test fails until it is taken off the list.
 */
class DevCorpusTest {

    private static final DocumentReader READER = new DocumentReader();

    @TestFactory
    Stream<DynamicTest> parsesEveryDevelopmentDocumentAsItsManifestSays() throws IOException {
        DevManifest manifest = DevManifest.read(DevManifest.locate());
        Map<String, String> knownMisses = knownMisses();
        assertThat(manifest.rows()).as("manifest rows").hasSizeGreaterThanOrEqualTo(25);
        return manifest.rows().stream().map(row -> DynamicTest.dynamicTest(row.file(), () -> {
            ParsedDocument doc;
            try (InputStream in = Files.newInputStream(manifest.folder().resolve(row.file()))) {
                doc = READER.read(in, row.file(), null);
            }
            List<String> problems = DevCorpusCheck.problems(row, doc);
            String reason = knownMisses.get(row.file());
            if (reason != null) {
                System.out.println("KNOWN MISS " + row.file() + " (" + reason + "): " + problems);
                assertThat(problems).as(row.file() + " parses exactly now: take it off known-misses.tsv").isNotEmpty();
            } else {
                assertThat(problems).as(row.file()).isEmpty();
            }
        }));
    }

    private static Map<String, String> knownMisses() throws IOException {
        Map<String, String> misses = new LinkedHashMap<>();
        try (InputStream in = DevCorpusTest.class.getResourceAsStream("/dev-corpus/known-misses.tsv")) {
            if (in == null) {
                return misses;
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] c = line.split("\t", 2);
                    misses.put(c[0].strip(), c.length > 1 ? c[1].strip() : "");
                }
            }
        }
        return misses;
    }
}
