package docpipe.local.e2e;

import docpipe.events.ParsedDocument;
import docpipe.parse.extract.DocumentReader;
import docpipe.parse.isolation.ExtractionChild;

import java.io.ByteArrayInputStream;

/**
 * What the parse service's extraction child runs in {@link HungParseIT}: a file named {@code never-ends…} spins
 * forever and swallows interrupts, as PDFBox does on some broken PDFs; every other file is read as usual.
 */
public class NeverEndingParse implements ExtractionChild.ChildReader {

    private final DocumentReader reader = new DocumentReader();

    @Override
    public ParsedDocument read(byte[] bytes, String fileName, String declaredType) throws Exception {
        if (fileName.startsWith("never-ends")) {
            long spins = 0;
            while (spins >= 0) {
                spins++;
                Thread.interrupted();
            }
        }
        return reader.read(new ByteArrayInputStream(bytes), fileName, declaredType);
    }
}
