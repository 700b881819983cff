package docpipe.ingest.intake;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.model.Filters;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import docpipe.events.DocumentId;
import docpipe.events.DocumentReceived;
import docpipe.events.MetricNames;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.bson.BsonString;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.HexFormat;

/**
 * Accepts a file: checks it, stores its bytes in GridFS, records it, and announces it on
 * {@code docs.received}. It answers only after the bytes and the announcement are both durable; a crash
 * between the two is repaired by the {@link Reconciler}. The same bytes twice give the same id, and the
 * second time {@code duplicate = true}.
 */
@Service
public class DocumentIntake {

    private static final Logger log = LoggerFactory.getLogger(DocumentIntake.class);

    private final UploadLedger ledger;
    private final GridFSBucket bucket;
    private final PartialUploads rawFiles;
    private final Announcer announcer;
    private final IngestProperties properties;
    private final MediaTypeGuard mediaTypes = new MediaTypeGuard();
    private final MeterRegistry meters;
    private final Clock clock;

    DocumentIntake(UploadLedger ledger, GridFSBucket bucket, PartialUploads rawFiles, Announcer announcer,
                   IngestProperties properties, MeterRegistry meters, Clock clock) {
        this.ledger = ledger;
        this.bucket = bucket;
        this.rawFiles = rawFiles;
        this.announcer = announcer;
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
    }

    public Receipt accept(FileSource source, String rawFileName, long size) throws IOException {
        Timer.Sample sample = Timer.start(meters);
        String fileName = FileNames.sanitize(rawFileName);
        if (size == 0) {
            throw RejectedFileException.empty();
        }
        if (size > properties.maxFileSize().toBytes()) {
            throw RejectedFileException.tooLarge(properties.maxFileSize().toBytes());
        }
        String mediaType;
        try (InputStream in = new BufferedInputStream(source.open())) {
            mediaType = mediaTypes.check(in, fileName);
        } catch (RejectedFileException e) {
            count("rejected");
            throw e;
        }
        byte[] sha256 = digest(source);
        DocumentId id = DocumentId.fromSha256(sha256);
        String hex = HexFormat.of().formatHex(sha256);

        if (!ledger.claim(id, fileName, mediaType, size, hex, clock.instant())) {
            Optional<Receipt> duplicate = settleExistingClaim(id, fileName, mediaType, size, hex);
            if (duplicate.isPresent()) {
                return duplicate.get();
            }
        }
        try (var ignored = MDC.putCloseable("documentId", id.value())) {
            store(id, fileName, mediaType, source);
            DocumentReceived event = ledger.markStored(id, properties.bucket());
            announcer.announce(event);
            ledger.markAnnounced(id);
            log.info("Received {} '{}' ({}, {} bytes)", id, fileName, mediaType, size);
        }
        meters.counter(MetricNames.INGESTED_BYTES).increment(size);
        count("success");
        sample.stop(meters.timer(MetricNames.STAGE_DURATION, MetricNames.TAG_STAGE, "ingest"));
        return new Receipt(id, fileName, hex, mediaType, size, false);
    }

    /**
     * The same bytes were claimed before. Answer "duplicate" only once their bytes are stored; while another
     * upload is still storing them, wait for it; a claim left by a crash (older than
     * {@code staleClaimAfter}) is taken over by this upload. Empty means this upload now owns the claim.
     */
    private Optional<Receipt> settleExistingClaim(DocumentId id, String fileName, String mediaType, long size,
                                                  String hex) {
        Instant deadline = clock.instant().plus(properties.publishTimeout());
        while (clock.instant().isBefore(deadline)) {
            Optional<Document> upload = ledger.find(id);
            if (upload.isEmpty()) {
                // The reconciler released a claim whose bytes never came: claim it afresh.
                if (ledger.claim(id, fileName, mediaType, size, hex, clock.instant())) {
                    return Optional.empty();
                }
                continue;
            }
            UploadLedger.State state = UploadLedger.State.valueOf(upload.get().getString("state"));
            if (state == UploadLedger.State.STORED) {
                // Stored but not yet announced (a crash or an outage in between): announce it now.
                announcer.announce(ledger.eventFor(upload.get()));
                ledger.markAnnounced(id);
            }
            if (state != UploadLedger.State.CLAIMED) {
                log.info("Duplicate upload of {} as '{}'", id, fileName);
                count("duplicate");
                String storedName = upload.get().getString("fileName");
                return Optional.of(new Receipt(id, storedName == null ? fileName : storedName, hex, mediaType, size,
                        true));
            }
            if (ledger.takeOverStaleClaim(id, fileName, mediaType, size, hex,
                    clock.instant().minus(properties.staleClaimAfter()), clock.instant())) {
                log.warn("Taking over the claim on {}: the upload that made it never finished", id);
                // Chunks without a file document are a write cut off midway; with one, the bytes are complete
                // (GridFS writes the file document last) and clearing them would leave a file with no content.
                if (bucket.find(Filters.eq("_id", id.value())).first() == null) {
                    rawFiles.clearPartial(id);
                }
                return Optional.empty();
            }
            pause();
        }
        throw new IntakeBusyException("The same file is being received by another upload right now; retry shortly.");
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntakeBusyException("Interrupted while waiting for another upload of the same file.");
        }
    }

    private void store(DocumentId id, String fileName, String mediaType, FileSource source) throws IOException {
        if (bucket.find(Filters.eq("_id", id.value())).first() != null) {
            return; // a run that crashed after storing left the complete file: nothing to do
        }
        try (InputStream in = source.open()) {
            bucket.uploadFromStream(new BsonString(id.value()), fileName, in,
                    new GridFSUploadOptions().metadata(new Document("mediaType", mediaType)));
        } catch (MongoWriteException e) {
            // A run that crashed after storing left the same bytes under the same id: nothing to do.
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    private void count(String outcome) {
        meters.counter(MetricNames.DOCUMENTS, MetricNames.TAG_STAGE, "ingest", MetricNames.TAG_OUTCOME, outcome)
                .increment();
    }

    private static byte[] digest(FileSource source) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(source.open(), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return sha.digest();
    }
}
