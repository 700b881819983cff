package docpipe.query.documents;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import docpipe.query.documents.Views.DocumentSummary;
import docpipe.query.documents.Views.DocumentView;
import docpipe.query.documents.Views.FailureView;
import docpipe.query.documents.Views.ParagraphView;
import docpipe.query.documents.Views.Reference;
import docpipe.query.store.ReadModelCollections;
import docpipe.query.web.NotFoundException;
import docpipe.query.web.Paging;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads documents, their paragraphs and their citations from the read model. */
@Component
class DocumentQueries {

    private final ReadModelCollections collections;

    DocumentQueries(ReadModelCollections collections) {
        this.collections = collections;
    }

    record Page<T>(List<T> items, long total, int page, int size) {
    }

    DocumentView document(String id) {
        Document d = find(id).orElseThrow(() -> new NotFoundException("no document with id " + id));
        return new DocumentView(id, d.getString("fileName"), Views.status(d), Views.metadata(d),
                d.getInteger("paragraphCount"), Views.themeCounts(d), Views.sdgCounts(d), Views.entityCounts(d),
                references(d), citedBy(d), Views.instant(d, "receivedAt"), Views.instant(d, "enrichedAt"));
    }

    Page<DocumentSummary> list(Bson filter, DocumentSort sort, Paging paging) {
        long total = collections.documents().countDocuments(filter);
        List<DocumentSummary> items = collections.documents().find(filter)
                .projection(Projections.exclude("entities", "entityIds", "references"))
                .sort(sort.bson()).skip(paging.skip()).limit(paging.size())
                .map(Views::summary).into(new ArrayList<>());
        return new Page<>(items, total, paging.page(), paging.size());
    }

    List<ParagraphView> paragraphs(String id) {
        if (find(id).isEmpty()) {
            throw new NotFoundException("no document with id " + id);
        }
        return collections.paragraphs().find(Filters.eq("documentId", id))
                .sort(Sorts.ascending("index"))
                .map(Views::paragraph).into(new ArrayList<>());
    }

    Page<FailureView> failures(Paging paging) {
        Bson failed = Filters.eq("status.stage", "FAILED");
        long total = collections.documents().countDocuments(failed);
        List<FailureView> items = collections.documents().find(failed)
                .projection(Projections.include("fileName", "status"))
                .sort(Sorts.orderBy(Sorts.descending("status.at"), Sorts.ascending("_id")))
                .skip(paging.skip()).limit(paging.size())
                .map(d -> {
                    Views.StatusView s = Views.status(d);
                    return new FailureView(d.getString("_id"), d.getString("fileName"), s.failedStage(), s.error(),
                            s.updatedAt());
                }).into(new ArrayList<>());
        return new Page<>(items, total, paging.page(), paging.size());
    }

    private Optional<Document> find(String id) {
        return Optional.ofNullable(collections.documents().find(Filters.eq("_id", id))
                .projection(Projections.exclude("themeIds", "sdgGoals", "entityIds")).first());
    }

    /** The symbols this document cites, each with the id of the cited document when it is stored. */
    private List<Reference> references(Document d) {
        List<String> symbols = d.getList("references", String.class, List.of());
        if (symbols.isEmpty()) {
            return List.of();
        }
        Map<String, String> ids = new HashMap<>();
        collections.documents().find(Filters.in("symbolKey", symbols))
                .projection(Projections.include("symbolKey"))
                .sort(Sorts.ascending("_id"))
                .forEach(cited -> ids.putIfAbsent(cited.getString("symbolKey"), cited.getString("_id")));
        return symbols.stream().map(s -> new Reference(s, ids.get(s))).toList();
    }

    /** The stored documents that cite this one; resolved when read, so a later document links up with an earlier one. */
    private List<Reference> citedBy(Document d) {
        String symbol = d.getString("symbolKey");
        if (symbol == null) {
            return List.of();
        }
        List<Reference> citing = new ArrayList<>();
        collections.documents().find(Filters.eq("references", symbol))
                .projection(Projections.include("metadata.symbol", "symbolKey"))
                .forEach(c -> {
                    Document m = c.get("metadata", Document.class);
                    String shown = m != null && m.getString("symbol") != null ? m.getString("symbol") : c.getString("symbolKey");
                    citing.add(new Reference(shown, c.getString("_id")));
                });
        citing.sort(Comparator.comparing(Reference::symbol, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Reference::documentId));
        return citing;
    }
}
