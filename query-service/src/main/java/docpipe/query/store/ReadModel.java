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

import static docpipe.query.store.ReadModelMapping.ENRICHED_AT;
import static docpipe.query.store.ReadModelMapping.FILE_NAME;
import static docpipe.query.store.ReadModelMapping.ID;
import static docpipe.query.store.ReadModelMapping.PARAGRAPH_COUNT;
import static docpipe.query.store.ReadModelMapping.STATUS;
import static docpipe.query.store.ReadModelMapping.STATUS_AT;
import static docpipe.query.store.ReadModelMapping.STATUS_STAGE;

/**
 * Writes events into the read model as idempotent upserts. One document's events arrive in order on
 * one partition of each topic, but status and content come over two topics and may interleave, so
 * the status is changed by compare-and-set and the content only by a strictly newer enrichment. The BSON of
 * what is written is {@link ReadModelMapping}'s.
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
     * Stores the document's content and tags unless an equal or newer enrichment is already stored
     * ({@link EnrichmentOrder}), and moves it to STORED (the query service is the store stage) in the same write as
     * the content: a crash can leave paragraphs written ahead of their document entry, which the redelivered event
     * rewrites, but never a stored enrichment whose stage was not recorded.
     */
    public Outcome store(DocumentEnriched event) {
        String id = event.documentId().value();
        Document existing = collections.documents().find(Filters.eq(ID, id))
                .projection(Projections.include(ENRICHED_AT, PARAGRAPH_COUNT)).first();
        StoredDocument stored = existing == null ? null : ReadModelMapping.document(existing);
        if (stored != null && !EnrichmentOrder.replaces(EnrichmentOrder.versionOf(event), stored.enrichedAt())) {
            return Outcome.UNCHANGED;
        }
        Integer storedCount = stored == null ? null : stored.paragraphCount();
        writeParagraphs(event, storedCount == null ? 0 : storedCount);
        PipelineStatus storedStatus = new PipelineStatus(Stage.STORED, null, null, storedAt(event), null);
        compareAndSetStatus(id, event.fileName(), storedStatus,
                ReadModelMapping.content(EnrichedDocuments.document(event)));
        return Outcome.STORED;
    }

    private void writeParagraphs(DocumentEnriched event, int storedCount) {
        List<StoredParagraph> paragraphs = EnrichedDocuments.paragraphs(event);
        if (!paragraphs.isEmpty()) {
            List<WriteModel<Document>> writes = new ArrayList<>(paragraphs.size());
            for (StoredParagraph p : paragraphs) {
                writes.add(new ReplaceOneModel<>(Filters.eq(ID, p.id().value()), ReadModelMapping.paragraph(p),
                        new ReplaceOptions().upsert(true)));
            }
            collections.paragraphs().bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
        // Paragraphs of the stored version that this one no longer has. Paragraph ids are "<document>:<index>"
        // with indexes 0..n-1, so they are the ids from this version's count to the stored one's: deleting them
        // by _id stays fast on a store that ignores secondary indexes (a filter on the document id would scan every
        // paragraph of every document). A version interrupted half-written is redelivered, in order, before any
        // newer one, so the stored count always covers what is there.
        if (storedCount > paragraphs.size()) {
            List<String> stale = new ArrayList<>();
            for (int index = paragraphs.size(); index < storedCount; index++) {
                stale.add(new ParagraphId(event.documentId(), index).value());
            }
            collections.paragraphs().deleteMany(Filters.in(ID, stale));
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
            Document existing = collections.documents().find(Filters.eq(ID, id))
                    .projection(Projections.include(STATUS, FILE_NAME)).first();
            StoredDocument stored = existing == null ? null : ReadModelMapping.document(existing);
            PipelineStatus current = stored == null ? null : stored.status();
            Optional<PipelineStatus> next = PipelineStatus.next(current, incoming);
            if (next.isEmpty() && fields.isEmpty()) {
                return false;
            }
            Document set = new Document(fields);
            next.ifPresent(status -> set.append(STATUS, ReadModelMapping.status(status)));
            if (stored == null) {
                if (insert(new Document(set).append(ID, id).append(FILE_NAME, fileName))) {
                    return next.isPresent();
                }
                continue;
            }
            Bson unchanged = current == null
                    ? Filters.exists(STATUS, false)
                    : Filters.and(Filters.eq(STATUS_STAGE, current.stage().name()),
                    Filters.eq(STATUS_AT, Date.from(current.at())));
            if (stored.fileName() == null && fileName != null) {
                set.append(FILE_NAME, fileName);
            }
            if (collections.documents().updateOne(Filters.and(Filters.eq(ID, id), unchanged),
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
