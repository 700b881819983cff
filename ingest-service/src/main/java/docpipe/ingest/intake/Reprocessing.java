package docpipe.ingest.intake;

import docpipe.events.DocumentId;
import docpipe.events.DocumentReceived;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sends stored files through the pipeline again, from their raw bytes: after a fix to the parser, a new
 * taxonomy or gazetteer, or for documents a stage failed on. Downstream writes are idempotent upserts,
 * so reprocessing replaces a document's results rather than adding to them.
 */
@Service
public class Reprocessing {

    private static final Logger log = LoggerFactory.getLogger(Reprocessing.class);

    private final UploadLedger ledger;
    private final Announcer announcer;
    private final Clock clock;

    Reprocessing(UploadLedger ledger, Announcer announcer, Clock clock) {
        this.ledger = ledger;
        this.announcer = announcer;
        this.clock = clock;
    }

    /** Announces {@code id} again; empty when no such file was ever accepted. */
    public Optional<DocumentId> reprocess(DocumentId id) {
        return ledger.find(id)
                .filter(upload -> UploadLedger.State.ANNOUNCED.name().equals(upload.getString("state")))
                .map(upload -> {
                    DocumentReceived original = ledger.eventFor(upload);
                    Instant now = clock.instant();
                    // A new receivedAt orders this run after the failed one in the status of the query side.
                    announcer.announce(new DocumentReceived(original.documentId(), original.fileName(),
                            original.mediaType(), original.size(), original.sha256(), original.blob(), now));
                    ledger.clearFailure(id);
                    log.info("Reprocessing {} '{}'", id, original.fileName());
                    return id;
                });
    }

    /** Announces again every file a stage failed on ({@code failedOnly}) or every file; returns their ids. */
    public List<DocumentId> reprocessAll(boolean failedOnly) {
        List<DocumentId> ids = ledger.announced(failedOnly);
        ids.forEach(this::reprocess);
        return ids;
    }

    /** Remembers that a stage gave up on {@code id} (from {@code docs.status}). */
    public void recordFailure(DocumentId id, String error, Instant at) {
        ledger.markFailed(id, error, at);
    }
}
