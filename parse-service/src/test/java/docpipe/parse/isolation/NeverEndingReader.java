package docpipe.parse.isolation;

import docpipe.events.ParsedDocument;
import docpipe.parse.extract.DocumentReader;

import java.io.ByteArrayInputStream;

/**
 * Run in the extraction child by tests: a file whose name says {@code never-ends} spins forever and ignores
 * interrupts, as PDFBox does on some broken PDFs; any other file is read by the service's reader.
 */
public class NeverEndingReader implements ExtractionChild.ChildReader {

    private final DocumentReader reader = new DocumentReader();

    @Override
    public ParsedDocument read(byte[] bytes, String fileName, String declaredType) throws Exception {
        if (fileName.contains("never-ends")) {
            long spins = 0;
            while (spins >= 0) {
                spins++;
                Thread.interrupted(); // swallowed, like a parser that never checks
            }
        }
        return reader.read(new ByteArrayInputStream(bytes), fileName, declaredType);
    }
}
