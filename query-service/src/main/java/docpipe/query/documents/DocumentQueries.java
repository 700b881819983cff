package docpipe.query.documents;

import docpipe.events.DocumentId;
import docpipe.query.documents.Views.DocumentSummary;
import docpipe.query.documents.Views.DocumentView;
import docpipe.query.documents.Views.FailureView;
import docpipe.query.documents.Views.ParagraphView;
import docpipe.query.documents.Views.Reference;
import docpipe.query.store.DocumentFilter;
import docpipe.query.store.DocumentOrder;
import docpipe.query.store.StoredDocument;
import docpipe.query.store.StoredDocuments;
import docpipe.query.web.NotFoundException;
import docpipe.query.web.Paging;
import docpipe.untext.UnSymbols;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Reads documents, their paragraphs and their citations from the read model. */
@Component
class DocumentQueries {

    private final StoredDocuments store;

    DocumentQueries(StoredDocuments store) {
        this.store = store;
    }

    record Page<T>(List<T> items, long total, int page, int size) {
    }

    DocumentView document(DocumentId id) {
        StoredDocument d = stored(id);
        return Views.document(d, references(d), citedBy(d));
    }

    Page<DocumentSummary> list(DocumentFilter filter, DocumentOrder order, Paging paging) {
        long total = store.count(filter);
        List<DocumentSummary> items = store.list(filter, order, paging.skip(), paging.size()).stream()
                .map(Views::summary).toList();
        return new Page<>(items, total, paging.page(), paging.size());
    }

    List<ParagraphView> paragraphs(DocumentId id) {
        stored(id);
        return store.paragraphs(id).stream().map(Views::paragraph).toList();
    }

    Page<FailureView> failures(Paging paging) {
        long total = store.countFailures();
        List<FailureView> items = store.failures(paging.skip(), paging.size()).stream().map(Views::failure).toList();
        return new Page<>(items, total, paging.page(), paging.size());
    }

    private StoredDocument stored(DocumentId id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("no document with id " + id));
    }

    /**
     * The symbols this document cites, each with the id of the cited document when it is stored. They are kept as
     * comparison keys (capitals); a reader sees them as written ({@code A/73/L.6/Add.1}, not {@code ADD.1}).
     */
    private List<Reference> references(StoredDocument d) {
        Map<String, DocumentId> ids = store.idsBySymbolKey(d.references());
        return d.references().stream().map(s -> new Reference(UnSymbols.normalize(s), value(ids.get(s)))).toList();
    }

    /** The stored documents that cite this one; resolved when read, so a later document links up with an earlier one. */
    private List<Reference> citedBy(StoredDocument d) {
        if (d.symbolKey() == null) {
            return List.of();
        }
        return store.citing(d.symbolKey()).stream()
                .map(c -> new Reference(c.metadata() != null && c.metadata().symbol() != null
                        ? c.metadata().symbol() : UnSymbols.normalize(c.symbolKey()), c.id().value()))
                .sorted(Comparator.comparing(Reference::symbol, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Reference::documentId))
                .toList();
    }

    private static String value(DocumentId id) {
        return id == null ? null : id.value();
    }
}
