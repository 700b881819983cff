package docpipe.parse.isolation;

import docpipe.events.ParsedDocument;
import docpipe.parse.extract.DocumentReader;
import docpipe.parse.extract.UnreadableDocumentException;

import java.io.IOException;
import java.io.InputStream;

/**
 * Extraction on this JVM's threads: fast to start, but a parser that ignores interrupts (PDFBox on some files) keeps
 * its thread after the timeout. For development and benchmarks; the service runs {@link ChildProcessExtraction}.
 */
public final class InProcessExtraction implements Extraction {

    private final DocumentReader reader;

    public InProcessExtraction(DocumentReader reader) {
        this.reader = reader;
    }

    @Override
    public ParsedDocument read(InputStream in, String fileName, String declaredMediaType)
            throws UnreadableDocumentException, IOException {
        return reader.read(in, fileName, declaredMediaType);
    }
}
