package docpipe.events;

import java.time.Instant;

/** The parse service recovered a document's text and structure. */
public record DocumentParsed(
        int schemaVersion,
        DocumentId documentId,
        String fileName,
        Instant receivedAt,
        Instant parsedAt,
        ParsedDocument document) {

    public static final int SCHEMA_VERSION = 1;

    public DocumentParsed(DocumentId documentId, String fileName, Instant receivedAt, Instant parsedAt,
                          ParsedDocument document) {
        this(SCHEMA_VERSION, documentId, fileName, receivedAt, parsedAt, document);
    }
}
