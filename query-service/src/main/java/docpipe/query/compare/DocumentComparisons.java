package docpipe.query.compare;

import docpipe.events.DocumentId;
import docpipe.query.store.StoredDocument;
import docpipe.query.store.StoredDocuments;
import docpipe.query.text.Tokenizer;
import docpipe.query.web.BadRequestException;
import docpipe.query.web.ConflictException;
import docpipe.query.web.NotFoundException;
import org.springframework.stereotype.Component;

import java.util.List;

/** Reads two documents' paragraphs from the read model and compares them. */
@Component
class DocumentComparisons {

    /** Every pair of paragraphs is scored (about a second for 2,000 × 2,000 on one core): larger pairs are refused. */
    static final long MAX_PAIRS = 4_000_000;

    private static final StoredDocument.Metadata NO_METADATA =
            new StoredDocument.Metadata(null, null, null, null, null, null, null, List.of(), null);

    private final StoredDocuments store;
    private final ParagraphMatcher matcher = new ParagraphMatcher(Tokenizer.standard());

    DocumentComparisons(StoredDocuments store) {
        this.store = store;
    }

    /** The answer of the compare endpoint: which two documents, then the comparison. */
    record DocumentComparison(DocumentRef document, DocumentRef other, String method, double threshold,
                              Comparison.Summary summary, List<Comparison.Change> paragraphs) {
    }

    record DocumentRef(String id, String symbol, String title, String language, String type, String date,
                       int paragraphCount) {
    }

    DocumentComparison compare(DocumentId id, DocumentId otherId, double threshold) {
        StoredDocument.Metadata metadata = stored(id);
        StoredDocument.Metadata otherMetadata = stored(otherId);
        List<Passage> passages = passages(id);
        List<Passage> otherPassages = passages(otherId);
        if ((long) passages.size() * otherPassages.size() > MAX_PAIRS) {
            throw new BadRequestException("these documents are too long to compare (" + passages.size() + " × "
                    + otherPassages.size() + " paragraphs; at most " + MAX_PAIRS + " pairs)");
        }
        Comparison c = matcher.compare(passages, metadata.language(), otherPassages, otherMetadata.language(), threshold);
        return new DocumentComparison(ref(id, metadata, passages.size()), ref(otherId, otherMetadata, otherPassages.size()),
                c.method(), c.threshold(), c.summary(), c.paragraphs());
    }

    /** The metadata of a document whose content is stored. */
    private StoredDocument.Metadata stored(DocumentId id) {
        StoredDocument d = store.find(id).orElseThrow(() -> new NotFoundException("no document with id " + id));
        if (!d.hasContent()) {
            throw new ConflictException("document " + id + " has no stored content yet (stage "
                    + (d.status() == null ? "unknown" : d.status().stage().name()) + "); compare it once it is STORED");
        }
        return d.metadata() == null ? NO_METADATA : d.metadata();
    }

    private List<Passage> passages(DocumentId id) {
        return store.paragraphs(id).stream()
                .map(p -> new Passage(p.index(), p.number(), p.kind(), p.role(), p.text(), p.entityIds()))
                .toList();
    }

    private static DocumentRef ref(DocumentId id, StoredDocument.Metadata metadata, int paragraphs) {
        return new DocumentRef(id.value(), metadata.symbol(), metadata.title(), metadata.language(), metadata.type(),
                metadata.date(), paragraphs);
    }
}
