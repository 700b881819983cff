package docpipe.parse.devcorpus;

import docpipe.events.ParsedDocument;
import docpipe.parse.extract.DocumentReader;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;

/** Prints every development document's problems (run by hand: -Dtest=DevCorpusDump -Ddump=FILE to see items). */
class DevCorpusDump {

    @Test
    void dump() throws Exception {
        DevManifest manifest = DevManifest.read(DevManifest.locate());
        DocumentReader reader = new DocumentReader();
        String only = System.getProperty("dump");
        int exact = 0;
        for (DevManifest.Row row : manifest.rows()) {
            if (only != null && !row.file().contains(only)) {
                continue;
            }
            ParsedDocument doc;
            try (InputStream in = Files.newInputStream(manifest.folder().resolve(row.file()))) {
                doc = reader.read(in, row.file(), null);
            }
            var problems = DevCorpusCheck.problems(row, doc);
            exact += problems.isEmpty() ? 1 : 0;
            System.out.println("== " + row.file() + " " + (problems.isEmpty() ? "OK" : problems));
            if (only != null) {
                System.out.println(doc.metadata());
                for (ParsedDocument.Paragraph p : doc.paragraphs()) {
                    String t = p.text().length() > 140 ? p.text().substring(0, 140) + "…" : p.text();
                    System.out.println(p.page() + " " + p.kind().charAt(0) + " " + p.number() + " " + p.role() + " " + p.footnotes() + " | " + t);
                }
            }
        }
        System.out.println("EXACT " + exact);
    }
}
