package docpipe.parse.isolation;

import docpipe.events.ParsedDocument;
import docpipe.parse.extract.UnreadableDocumentException;

import java.io.IOException;
import java.io.InputStream;

/** Turns a file's bytes into a parsed document; how (in this JVM or a child process) is the implementation's choice. */
public interface Extraction {

    ParsedDocument read(InputStream in, String fileName, String declaredMediaType)
            throws UnreadableDocumentException, IOException;
}
