package docpipe.events;

import java.time.Instant;

/**
 * A document reached a stage, or failed in one. Every service publishes these on {@link Topics#STATUS};
 * the query service keeps the latest per document. When {@code stage} is FAILED, {@code error} is a
 * human-readable reason and {@code failedStage} the stage the document did not reach: PARSED when parsing
 * failed, ENRICHED when enriching failed, STORED when storing failed, RECEIVED when ingesting failed (never
 * FAILED); both are null otherwise. Events written before it was a {@link Stage} carried the name of the
 * work ({@code "PARSE"}) and read as that stage ({@link Stage#fromName}).
 */
public record StatusChanged(
        int schemaVersion,
        DocumentId documentId,
        Stage stage,
        Stage failedStage,
        String error,
        String fileName,
        String service,
        Instant at) {

    public static final int SCHEMA_VERSION = 1;

    public static StatusChanged reached(DocumentId id, Stage stage, String fileName, String service, Instant at) {
        return new StatusChanged(SCHEMA_VERSION, id, stage, null, null, fileName, service, at);
    }

    public static StatusChanged failed(DocumentId id, Stage failedStage, String error, String fileName,
                                       String service, Instant at) {
        return new StatusChanged(SCHEMA_VERSION, id, Stage.FAILED, failedStage, error, fileName, service, at);
    }
}
