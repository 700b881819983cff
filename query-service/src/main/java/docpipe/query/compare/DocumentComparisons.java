package docpipe.query.compare;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import docpipe.query.store.ReadModelCollections;
import docpipe.query.text.Tokenizer;
import docpipe.query.web.BadRequestException;
import docpipe.query.web.ConflictException;
import docpipe.query.web.NotFoundException;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Reads two documents' paragraphs from the read model and compares them. */
@Component
class DocumentComparisons {

    /** Every pair of paragraphs is scored (about a second for 2,000 × 2,000 on one core): larger pairs are refused. */
    static final long MAX_PAIRS = 4_000_000;

    private final ReadModelCollections collections;
    private final ParagraphMatcher matcher = new ParagraphMatcher(Tokenizer.standard());

    DocumentComparisons(ReadModelCollections collections) {
        this.collections = collections;
    }

    /** The answer of the compare endpoint: which two documents, then the comparison. */
    record DocumentComparison(DocumentRef document, DocumentRef other, String method, double threshold,
                              Comparison.Summary summary, List<Comparison.Change> paragraphs) {
    }

    record DocumentRef(String id, String symbol, String title, String language, String type, String date,
                       int paragraphCount) {
    }

    DocumentComparison compare(String id, String otherId, double threshold) {
        Document document = stored(id);
        Document other = stored(otherId);
        List<Passage> passages = passages(id);
        List<Passage> otherPassages = passages(otherId);
        if ((long) passages.size() * otherPassages.size() > MAX_PAIRS) {
            throw new BadRequestException("these documents are too long to compare (" + passages.size() + " × "
                    + otherPassages.size() + " paragraphs; at most " + MAX_PAIRS + " pairs)");
        }
        Document metadata = document.get("metadata", new Document());
        Document otherMetadata = other.get("metadata", new Document());
        Comparison c = matcher.compare(passages, metadata.getString("language"), otherPassages,
                otherMetadata.getString("language"), threshold);
        return new DocumentComparison(ref(id, metadata, passages.size()), ref(otherId, otherMetadata, otherPassages.size()),
                c.method(), c.threshold(), c.summary(), c.paragraphs());
    }

    private Document stored(String id) {
        Document d = collections.documents().find(Filters.eq("_id", id))
                .projection(Projections.include("metadata", "enrichedAt", "status.stage")).first();
        if (d == null) {
            throw new NotFoundException("no document with id " + id);
        }
        if (d.get("enrichedAt") == null) {
            Document status = d.get("status", Document.class);
            throw new ConflictException("document " + id + " has no stored content yet (stage "
                    + (status == null ? "unknown" : status.getString("stage")) + "); compare it once it is STORED");
        }
        return d;
    }

    private List<Passage> passages(String id) {
        return collections.paragraphs().find(Filters.eq("documentId", id))
                .projection(Projections.include("index", "number", "kind", "role", "text", "entityIds"))
                .sort(Sorts.ascending("index"))
                .map(p -> new Passage(p.getInteger("index", 0), p.getString("number"), p.getString("kind"),
                        p.getString("role"), p.getString("text"), p.getList("entityIds", String.class, List.of())))
                .into(new ArrayList<>());
    }

    private static DocumentRef ref(String id, Document metadata, int paragraphs) {
        return new DocumentRef(id, metadata.getString("symbol"), metadata.getString("title"),
                metadata.getString("language"), metadata.getString("type"), metadata.getString("date"), paragraphs);
    }
}
