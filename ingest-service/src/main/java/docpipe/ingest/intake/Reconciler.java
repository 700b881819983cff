package docpipe.ingest.intake;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.model.Filters;
import docpipe.events.DocumentId;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Finishes what a crash or a broker outage left half done: a file whose bytes are stored but whose
 * announcement was never acknowledged is announced again (consumers are idempotent, so a second
 * announcement is harmless); a claim whose bytes never arrived is released so the file can be sent again.
 */
@Component
class Reconciler {

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);

    private final UploadLedger ledger;
    private final GridFSBucket bucket;
    private final PartialUploads partialUploads;
    private final Announcer announcer;
    private final IngestProperties properties;
    private final Clock clock;

    Reconciler(UploadLedger ledger, GridFSBucket rawFiles, PartialUploads partialUploads, Announcer announcer,
               IngestProperties properties, Clock clock) {
        this.ledger = ledger;
        this.bucket = rawFiles;
        this.partialUploads = partialUploads;
        this.announcer = announcer;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${docpipe.ingest.reconcile-every:PT10S}", initialDelayString = "PT2S")
    void reconcile() {
        Instant before = clock.instant().minus(properties.reconcileAfter());
        for (Document upload : ledger.stuckIn(UploadLedger.State.CLAIMED, before)) {
            DocumentId id = DocumentId.of(upload.getString("_id"));
            if (bucket.find(Filters.eq("_id", id.value())).first() != null) {
                ledger.markStored(id, properties.bucket());
            } else {
                log.warn("Releasing the claim on {}: its bytes were never stored", id);
                partialUploads.clearPartial(id);
                ledger.forget(id, before);
            }
        }
        for (Document upload : ledger.stuckIn(UploadLedger.State.STORED, before)) {
            var event = ledger.eventFor(upload);
            try {
                announcer.announce(event);
                ledger.markAnnounced(event.documentId());
                log.info("Announced {} again after an interrupted intake", event.documentId());
            } catch (BrokerUnavailableException e) {
                log.warn("Broker still unavailable; {} stays queued for announcement", event.documentId());
                return;
            }
        }
    }
}
