package docpipe.ingest.intake;

import docpipe.events.DocumentId;

/** What the ingest service answers for an accepted file. */
public record Receipt(DocumentId id, String fileName, String sha256, String mediaType, long size,
                      boolean duplicate) {
}
