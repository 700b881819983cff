package docpipe.query.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import docpipe.events.DocumentEnriched;
import docpipe.events.Stage;
import docpipe.events.StatusChanged;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Writes events into the read model as idempotent upserts. One document's events arrive in order on
 * one partition of each topic, but status and content come over two topics and may interleave, so
 * the status is changed by compare-and-set and the content only by a strictly newer enrichment.
 */
@Component
public class ReadModel {

    private static final int CAS_ATTEMPTS = 10;

    private final ReadModelCollections collections;
    private final Clock clock;

    @Autowired
    ReadModel(ReadModelCollections collections) {
        this(collections, Clock.systemUTC());
    }

    ReadModel(ReadModelCollections collections, Clock clock) {
        this.collections = collections;
        this.clock = clock;
    }

    /** What storing an enriched document did. */
    public enum Outcome { STORED, UNCHANGED }

    /** Applies a status event; true when the document's status changed. */
    public boolean apply(StatusChanged event) {
        PipelineStatus incoming = new PipelineStatus(event.stage(), event.failedStage(), event.error(),
                millis(event.at() == null ? clock.instant() : event.at()), null);
        return apply(event.documentId().value(), event.fileName(), incoming);
    }

    /**
     * Stores the document's content and tags unless an equal or newer enrichment is already stored,
     * and moves it to STORED (the query service is the store stage) in the same write as the content:
     * a crash can leave paragraphs written ahead of their document entry, which the redelivered event
     * rewrites, but never a stored enrichment whose stage was not recorded.
     */
    public Outcome store(DocumentEnriched event) {
        String id = event.documentId().value();
        Instant enrichedAt = millis(event.enrichedAt() == null ? event.receivedAt() : event.enrichedAt());
        Document existing = collections.documents().find(Filters.eq("_id", id))
                .projection(Projections.include("enrichedAt", "paragraphCount")).first();
        Date storedAt = existing == null ? null : existing.getDate("enrichedAt");
        if (storedAt != null && enrichedAt != null && !enrichedAt.isAfter(storedAt.toInstant())) {
            return Outcome.UNCHANGED;
        }
        Integer storedCount = existing == null ? null : existing.getInteger("paragraphCount");
        writeParagraphs(id, event, storedCount == null ? 0 : storedCount);
        PipelineStatus stored = new PipelineStatus(Stage.STORED, null, null, storedAt(event), null);
        compareAndSetStatus(id, event.fileName(), stored, EnrichedDocuments.documentFields(event));
        return Outcome.STORED;
    }

    private void writeParagraphs(String id, DocumentEnriched event, int storedCount) {
        List<Document> paragraphs = EnrichedDocuments.paragraphs(event);
        if (!paragraphs.isEmpty()) {
            List<WriteModel<Document>> writes = new ArrayList<>(paragraphs.size());
            for (Document p : paragraphs) {
                writes.add(new ReplaceOneModel<>(Filters.eq("_id", p.get("_id")), p, new ReplaceOptions().upsert(true)));
            }
            collections.paragraphs().bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
        // Paragraphs of the stored version that this one no longer has. Paragraph ids are "<document>:<index>"
        // with indexes 0..n-1, so they are the ids from this version's count to the stored one's: deleting them
        // by _id stays fast on a store that ignores secondary indexes (a filter on documentId would scan every
        // paragraph of every document). A version interrupted half-written is redelivered, in order, before any
        // newer one, so the stored count always covers what is there.
        if (storedCount > paragraphs.size()) {
            List<String> stale = new ArrayList<>();
            for (int index = paragraphs.size(); index < storedCount; index++) {
                stale.add(EnrichedDocuments.paragraphId(id, index));
            }
            collections.paragraphs().deleteMany(Filters.in("_id", stale));
        }
    }

    private boolean apply(String id, String fileName, PipelineStatus incoming) {
        return compareAndSetStatus(id, fileName, incoming, new Document());
    }

    /**
     * Sets {@code fields} and moves the status to what {@link PipelineStatus#next} makes of {@code incoming},
     * in one update guarded by the status it read. Fields are written even when the status stays as it is
     * (a late STORED after a newer run began). True when the status changed.
     */
    private boolean compareAndSetStatus(String id, String fileName, PipelineStatus incoming, Document fields) {
        for (int attempt = 0; attempt < CAS_ATTEMPTS; attempt++) {
            Document existing = collections.documents().find(Filters.eq("_id", id))
                    .projection(Projections.include("status", "fileName")).first();
            PipelineStatus current = existing == null ? null : read(existing.get("status", Document.class));
            Optional<PipelineStatus> next = PipelineStatus.next(current, incoming);
            if (next.isEmpty() && fields.isEmpty()) {
                return false;
            }
            Document set = new Document(fields);
            next.ifPresent(status -> set.append("status", write(status)));
            if (existing == null) {
                if (insert(new Document(set).append("_id", id).append("fileName", fileName))) {
                    return next.isPresent();
                }
                continue;
            }
            Bson unchanged = current == null
                    ? Filters.exists("status", false)
                    : Filters.and(Filters.eq("status.stage", current.stage().name()),
                    Filters.eq("status.at", Date.from(current.at())));
            if (existing.getString("fileName") == null && fileName != null) {
                set.append("fileName", fileName);
            }
            if (collections.documents().updateOne(Filters.and(Filters.eq("_id", id), unchanged),
                    new Document("$set", set)).getMatchedCount() == 1) {
                return next.isPresent();
            }
        }
        throw new IllegalStateException("status of " + id + " kept changing under " + CAS_ATTEMPTS + " attempts");
    }

    private boolean insert(Document document) {
        try {
            collections.documents().insertOne(document);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    private static PipelineStatus read(Document status) {
        if (status == null) {
            return null;
        }
        Date at = status.getDate("at");
        Date runAt = status.getDate("runAt");
        return new PipelineStatus(Stage.valueOf(status.getString("stage")),
                Stage.fromName(status.getString("failedStage")),
                status.getString("error"), at.toInstant(), runAt == null ? at.toInstant() : runAt.toInstant());
    }

    private static Document write(PipelineStatus status) {
        return new Document("stage", status.stage().name())
                .append("failedStage", status.failedStage() == null ? null : status.failedStage().name())
                .append("error", status.error())
                .append("at", Date.from(status.at()))
                .append("runAt", Date.from(status.runAt()));
    }

    /** Now, unless another machine's clock put the document's earlier events later than that. */
    private Instant storedAt(DocumentEnriched event) {
        Instant at = clock.instant();
        for (Instant earlier : new Instant[] {event.receivedAt(), event.enrichedAt()}) {
            if (earlier != null && earlier.isAfter(at)) {
                at = earlier;
            }
        }
        return millis(at);
    }

    /** MongoDB keeps milliseconds: compare at that precision so a replayed event is recognised. */
    private static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
