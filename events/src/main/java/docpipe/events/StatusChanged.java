package docpipe.events;

import java.time.Instant;

/**
 * A document reached a stage, or failed in one. Every service publishes these on {@link Topics#STATUS};
 * the query service keeps the latest per document. {@code error} is a human-readable reason, set only
 * when {@code stage} is FAILED; {@code failedStage} then names the stage that failed.
 */
public record StatusChanged(
        int schemaVersion,
        DocumentId documentId,
        Stage stage,
        String failedStage,
        String error,
        String fileName,
        String service,
        Instant at) {

    public static final int SCHEMA_VERSION = 1;

    public static StatusChanged reached(DocumentId id, Stage stage, String fileName, String service, Instant at) {
        return new StatusChanged(SCHEMA_VERSION, id, stage, null, null, fileName, service, at);
    }

    public static StatusChanged failed(DocumentId id, String failedStage, String error, String fileName,
                                       String service, Instant at) {
        return new StatusChanged(SCHEMA_VERSION, id, Stage.FAILED, failedStage, error, fileName, service, at);
    }
}
