package docpipe.ingest.intake;

import java.io.IOException;
import java.io.InputStream;

/** The bytes of an incoming file, readable more than once (an upload spooled by the servlet container, a file). */
@FunctionalInterface
public interface FileSource {

    InputStream open() throws IOException;
}
