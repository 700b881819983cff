package docpipe.parse.preview;

import docpipe.events.ParsedDocument;
import docpipe.parse.extract.DocumentReader;
import docpipe.pipeline.preview.PreviewWorkers;

import java.io.ByteArrayInputStream;

/** Reads a preview on the previews' workers with a reader of their own, so the pipeline's extraction never waits. */
class PreviewReader {

    private final DocumentReader reader;
    private final PreviewWorkers workers;

    PreviewReader(DocumentReader reader, PreviewWorkers workers) {
        this.reader = reader;
        this.workers = workers;
    }

    ParsedDocument read(byte[] bytes, String fileName, String declaredType) throws Exception {
        return workers.run(() -> reader.read(new ByteArrayInputStream(bytes), fileName, declaredType));
    }
}
