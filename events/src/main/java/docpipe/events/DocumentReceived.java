package docpipe.events;

import java.time.Instant;

/**
 * A file was accepted and its bytes are stored. The bytes never travel through Kafka: {@code blob}
 * is the claim check that locates them in the ingest service's GridFS bucket.
 */
public record DocumentReceived(
        int schemaVersion,
        DocumentId documentId,
        String fileName,
        String mediaType,
        long size,
        String sha256,
        BlobRef blob,
        Instant receivedAt) {

    public static final int SCHEMA_VERSION = 1;

    public DocumentReceived(DocumentId documentId, String fileName, String mediaType, long size,
                            String sha256, BlobRef blob, Instant receivedAt) {
        this(SCHEMA_VERSION, documentId, fileName, mediaType, size, sha256, blob, receivedAt);
    }

    /** Where the raw bytes are: a GridFS bucket in a MongoDB database, and the file's id there. */
    public record BlobRef(String database, String bucket, String fileId) {
    }
}
