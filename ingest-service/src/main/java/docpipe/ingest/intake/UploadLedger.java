package docpipe.ingest.intake;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import docpipe.events.DocumentId;
import docpipe.events.DocumentReceived;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The ingest service's record of every file it has accepted, one MongoDB document per document id.
 * A file moves CLAIMED (this upload owns it) → STORED (bytes in GridFS) → ANNOUNCED (event acknowledged
 * by the broker). The unique {@code _id} makes a duplicate upload, even one racing itself, lose the claim.
 */
class UploadLedger {

    enum State { CLAIMED, STORED, ANNOUNCED }

    private final MongoCollection<Document> uploads;
    private final String database;

    UploadLedger(MongoCollection<Document> uploads, String database) {
        this.uploads = uploads;
        this.database = database;
        uploads.createIndex(Indexes.ascending("state", "updatedAt"));
        uploads.createIndex(Indexes.ascending("state", "failed"));
    }

    /** Claims {@code id} for this upload; false when it was claimed before (a duplicate). */
    boolean claim(DocumentId id, String fileName, String mediaType, long size, String sha256, Instant now) {
        try {
            uploads.insertOne(new Document("_id", id.value())
                    .append("fileName", fileName)
                    .append("mediaType", mediaType)
                    .append("size", size)
                    .append("sha256", sha256)
                    .append("receivedAt", Date.from(now))
                    .append("updatedAt", Date.from(now))
                    .append("state", State.CLAIMED.name()));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Takes over, for this upload of the file, a claim not touched since {@code staleBefore}; false when the
     * claim is fresher (another upload is still storing the bytes) or no longer a claim.
     */
    boolean takeOverStaleClaim(DocumentId id, String fileName, String mediaType, long size, String sha256,
                               Instant staleBefore, Instant now) {
        return uploads.updateOne(Filters.and(byId(id), Filters.eq("state", State.CLAIMED.name()),
                        Filters.lt("updatedAt", Date.from(staleBefore))),
                Updates.combine(
                        Updates.set("fileName", fileName),
                        Updates.set("mediaType", mediaType),
                        Updates.set("size", size),
                        Updates.set("sha256", sha256),
                        Updates.set("updatedAt", Date.from(now)))).getModifiedCount() == 1;
    }

    /** Records that the bytes are in {@code bucket}, and returns the event that announces them. */
    DocumentReceived markStored(DocumentId id, String bucket) {
        uploads.updateOne(byId(id), Updates.combine(
                Updates.set("state", State.STORED.name()),
                Updates.set("bucket", bucket),
                Updates.set("updatedAt", new Date())));
        return eventFor(uploads.find(byId(id)).first());
    }

    void markAnnounced(DocumentId id) {
        uploads.updateOne(byId(id), Updates.combine(
                Updates.set("state", State.ANNOUNCED.name()),
                Updates.set("updatedAt", new Date())));
    }

    /** Records that a later stage gave up on {@code id}, so that "reprocess the failed ones" can find it. */
    void markFailed(DocumentId id, String error, Instant at) {
        uploads.updateOne(Filters.and(byId(id), Filters.or(Filters.exists("failedAt", false),
                        Filters.lt("failedAt", Date.from(at)))),
                Updates.combine(Updates.set("failed", true), Updates.set("error", error),
                        Updates.set("failedAt", Date.from(at))));
    }

    void clearFailure(DocumentId id) {
        uploads.updateOne(byId(id), Updates.combine(Updates.set("failed", false), Updates.unset("error")));
    }

    Optional<Document> find(DocumentId id) {
        return Optional.ofNullable(uploads.find(byId(id)).first());
    }

    /** The ids of announced files, all of them or only those a later stage failed on. */
    List<DocumentId> announced(boolean failedOnly) {
        Bson filter = Filters.eq("state", State.ANNOUNCED.name());
        if (failedOnly) {
            filter = Filters.and(filter, Filters.eq("failed", true));
        }
        return uploads.find(filter).projection(new Document("_id", 1)).sort(new Document("_id", 1))
                .map(d -> DocumentId.of(d.getString("_id"))).into(new ArrayList<>());
    }

    /** Releases a claim whose bytes never arrived, unless an upload took it over after {@code before}. */
    void forget(DocumentId id, Instant before) {
        uploads.deleteOne(Filters.and(byId(id), Filters.eq("state", State.CLAIMED.name()),
                Filters.lt("updatedAt", Date.from(before))));
    }

    /** Files in {@code state} not touched since {@code before}: work a crash left half done. */
    List<Document> stuckIn(State state, Instant before) {
        return uploads.find(Filters.and(Filters.eq("state", state.name()), Filters.lt("updatedAt", Date.from(before))))
                .limit(500)
                .into(new ArrayList<>());
    }

    DocumentReceived eventFor(Document upload) {
        return new DocumentReceived(
                DocumentId.of(upload.getString("_id")),
                upload.getString("fileName"),
                upload.getString("mediaType"),
                upload.get("size", Number.class).longValue(),
                upload.getString("sha256"),
                new DocumentReceived.BlobRef(database, upload.getString("bucket"), upload.getString("_id")),
                upload.getDate("receivedAt").toInstant());
    }

    private static Bson byId(DocumentId id) {
        return Filters.eq("_id", id.value());
    }
}
