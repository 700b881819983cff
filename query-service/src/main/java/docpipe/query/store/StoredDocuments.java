package docpipe.query.store;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import docpipe.events.DocumentId;
import docpipe.events.Stage;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static docpipe.query.store.ReadModelMapping.*;

/**
 * Reads the read model as {@link StoredDocument}s and {@link StoredParagraph}s: every query of the endpoints, with
 * the filters and projections that real MongoDB serves from the indexes of {@link ReadModelIndexes}.
 */
@Component
public class StoredDocuments {

    /** Paragraphs read by id per query: large pages of hits (exports) go in several. */
    private static final int READ_BATCH = 1000;
    /** The output field of an aggregation that counts the documents in a group. */
    private static final String DOCUMENTS = "documents";
    private static final Bson WITHOUT_FLAT_COPIES = Projections.exclude(THEME_IDS, SDG_GOALS, ENTITY_IDS);

    private final ReadModelCollections collections;

    public StoredDocuments(ReadModelCollections collections) {
        this.collections = collections;
    }

    /** A theme over every stored document: the paragraphs tagged with it and the documents that have it. */
    public record ThemeTotal(String id, long count, long documents) {
    }

    /** An entity over every stored document, with the forms it is written in. */
    public record EntityTotal(String id, String type, String name, long count, long documents, List<String> aliases) {
    }

    public Optional<StoredDocument> find(DocumentId id) {
        return Optional.ofNullable(collections.documents().find(Filters.eq(ID, id.value()))
                .projection(WITHOUT_FLAT_COPIES).first()).map(ReadModelMapping::document);
    }

    public long count(DocumentFilter filter) {
        return collections.documents().countDocuments(bson(filter));
    }

    /** A page of the document list; its entries leave out the entity profile and the references (a list shows neither). */
    public List<StoredDocument> list(DocumentFilter filter, DocumentOrder order, int skip, int limit) {
        return collections.documents().find(bson(filter))
                .projection(Projections.exclude(ENTITIES, ENTITY_IDS, REFERENCES))
                .sort(order.sort()).skip(skip).limit(limit)
                .map(ReadModelMapping::document).into(new ArrayList<>());
    }

    public long countFailures() {
        return collections.documents().countDocuments(failed());
    }

    /** A page of the failed documents, newest failure first; entries have their file name and status only. */
    public List<StoredDocument> failures(int skip, int limit) {
        return collections.documents().find(failed())
                .projection(Projections.include(FILE_NAME, STATUS))
                .sort(Sorts.orderBy(Sorts.descending(STATUS_AT), Sorts.ascending(ID)))
                .skip(skip).limit(limit)
                .map(ReadModelMapping::document).into(new ArrayList<>());
    }

    /** A document's paragraphs in document order. */
    public List<StoredParagraph> paragraphs(DocumentId id) {
        return collections.paragraphs().find(Filters.eq(DOCUMENT_ID, id.value()))
                .sort(Sorts.ascending(INDEX))
                .map(ReadModelMapping::paragraph).into(new ArrayList<>());
    }

    /** The paragraphs of these ids that are stored, read by {@code _id} (fast on both stores). */
    public Map<ParagraphId, StoredParagraph> paragraphs(List<ParagraphId> ids) {
        Map<ParagraphId, StoredParagraph> stored = new HashMap<>();
        List<String> values = ids.stream().map(ParagraphId::value).toList();
        for (int from = 0; from < values.size(); from += READ_BATCH) {
            collections.paragraphs().find(Filters.in(ID, values.subList(from, Math.min(from + READ_BATCH, values.size()))))
                    .projection(Projections.exclude(ENTITY_IDS))
                    .forEach(p -> {
                        StoredParagraph paragraph = ReadModelMapping.paragraph(p);
                        stored.put(paragraph.id(), paragraph);
                    });
        }
        return stored;
    }

    /** The stored document of each symbol key that has one (the lowest id when several share a symbol). */
    public Map<String, DocumentId> idsBySymbolKey(Collection<String> symbolKeys) {
        Map<String, DocumentId> ids = new HashMap<>();
        if (symbolKeys.isEmpty()) {
            return ids;
        }
        collections.documents().find(Filters.in(SYMBOL_KEY, symbolKeys))
                .projection(Projections.include(SYMBOL_KEY))
                .sort(Sorts.ascending(ID))
                .forEach(d -> ids.putIfAbsent(d.getString(SYMBOL_KEY), DocumentId.of(d.getString(ID))));
        return ids;
    }

    /** The documents that cite the symbol; entries have their symbol (metadata and key) only. */
    public List<StoredDocument> citing(String symbolKey) {
        return collections.documents().find(Filters.eq(REFERENCES, symbolKey))
                .projection(Projections.include(METADATA_SYMBOL, SYMBOL_KEY))
                .map(ReadModelMapping::document).into(new ArrayList<>());
    }

    /** Every theme any stored document has, in no particular order. */
    public List<ThemeTotal> themeTotals() {
        List<ThemeTotal> totals = new ArrayList<>();
        collections.documents().aggregate(List.of(
                Aggregates.unwind("$" + THEMES),
                Aggregates.group("$" + THEMES + "." + TAG_ID, Accumulators.sum(COUNT, "$" + THEMES + "." + COUNT),
                        Accumulators.sum(DOCUMENTS, 1))))
                .forEach(d -> totals.add(new ThemeTotal(d.getString(ID), number(d, COUNT), number(d, DOCUMENTS))));
        return totals;
    }

    /** Every entity any stored document mentions, of the given type when not null, in no particular order. */
    public List<EntityTotal> entityTotals(String type) {
        String entity = "$" + ENTITIES + ".";
        List<Bson> pipeline = new ArrayList<>(List.of(Aggregates.unwind("$" + ENTITIES)));
        if (type != null) {
            pipeline.add(Aggregates.match(Filters.eq(ENTITIES + "." + TYPE, type)));
        }
        pipeline.add(Aggregates.group(entity + TAG_ID, Accumulators.first(TYPE, entity + TYPE),
                Accumulators.first(NAME, entity + NAME), Accumulators.sum(COUNT, entity + COUNT),
                Accumulators.sum(DOCUMENTS, 1), Accumulators.push(ALIASES, entity + ALIASES)));
        List<EntityTotal> totals = new ArrayList<>();
        collections.documents().aggregate(pipeline).forEach(d -> {
            List<String> aliases = new ArrayList<>();
            for (Object perDocument : d.getList(ALIASES, Object.class, List.of())) {
                if (perDocument instanceof List<?> list) {
                    list.forEach(a -> aliases.add(String.valueOf(a)));
                }
            }
            totals.add(new EntityTotal(d.getString(ID), d.getString(TYPE), d.getString(NAME), number(d, COUNT),
                    number(d, DOCUMENTS), aliases));
        });
        return totals;
    }

    private static Bson failed() {
        return Filters.eq(STATUS_STAGE, Stage.FAILED.name());
    }

    /** The filter on the flat copies of a document entry. */
    private static Bson bson(DocumentFilter f) {
        List<Bson> filters = new ArrayList<>();
        if (f.symbolKey() != null) {
            filters.add(Filters.eq(SYMBOL_KEY, f.symbolKey()));
        }
        if (!f.types().isEmpty()) {
            filters.add(Filters.in(TYPE, f.types()));
        }
        if (!f.languages().isEmpty()) {
            filters.add(Filters.in(LANGUAGE, f.languages()));
        }
        if (!f.themes().isEmpty()) {
            filters.add(Filters.all(THEME_IDS, f.themes()));
        }
        if (!f.sdgs().isEmpty()) {
            filters.add(Filters.all(SDG_GOALS, f.sdgs()));
        }
        if (!f.entities().isEmpty()) {
            filters.add(Filters.all(ENTITY_IDS, f.entities()));
        }
        // dates are ISO 8601 strings, so they compare in calendar order
        if (f.dateFrom() != null) {
            filters.add(Filters.gte(DATE, f.dateFrom().toString()));
        }
        if (f.dateTo() != null) {
            filters.add(Filters.lt(DATE, f.dateTo().plusDays(1).toString()));
        }
        if (!f.stages().isEmpty()) {
            filters.add(Filters.in(STATUS_STAGE, f.stages().stream().map(Stage::name).toList()));
        }
        return filters.isEmpty() ? new Document() : Filters.and(filters);
    }

    private static long number(Document d, String field) {
        return d.get(field) instanceof Number n ? n.longValue() : 0;
    }
}
