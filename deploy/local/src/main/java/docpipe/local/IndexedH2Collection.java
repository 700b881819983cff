package docpipe.local;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * An H2 collection that reads from its unique indexes in two more cases than mongo-java-server does (it uses an index
 * only when the filter names exactly the index's fields, and otherwise decodes every document of the collection):
 * <ul>
 * <li>a filter that pins {@code _id} (equal to a value, or {@code $in} a list) among other conditions, such as the
 * compare-and-set {@code {_id: …, status.stage: …}} of the query service or {@code {_id: …, state: "CLAIMED"}} of the
 * ingest ledger: the documents with that {@code _id}, then the whole filter on them;</li>
 * <li>GridFS's chunk read {@code {files_id: …, n: {$gte: k}}}: the unique {@code (files_id, n)} index the driver
 * creates, walked from {@code n = k} to the first missing chunk.</li>
 * </ul>
 * The answer is the same as the scan's (the whole filter, sort, skip and limit are applied as before); only the
 * documents decoded to find it are fewer, which real MongoDB does too.
 */
final class IndexedH2Collection extends H2Collection {

    private static final String ID = "_id";
    private static final int MAX_CHUNKS = 1 << 20;

    IndexedH2Collection(MongoDatabase database, String name, CollectionOptions options,
                        MVMap<Object, Document> data, MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, name, options, data, meta, cursors);
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                         Document projection) {
        Iterable<Object> positions = servedByStockIndex(query) ? null : positions(query);
        return positions == null
                ? super.queryDocuments(query, orderBy, skip, limit, batchSize, projection)
                : matchDocuments(query, positions, orderBy, skip, limit, batchSize, projection);
    }

    private boolean servedByStockIndex(Document query) {
        return getIndexes().stream().anyMatch(index -> index.canHandle(query));
    }

    /** The positions of every document that can match, from an index; null when no index narrows the filter. */
    private Iterable<Object> positions(Document query) {
        Map<String, Object> conditions = conditions(query);
        if (conditions == null) {
            return null;
        }
        Object id = conditions.get(ID);
        if (id != null && (!(id instanceof Document d) || isIn(d))) {
            Index<Object> byId = uniqueIndexOn(List.of(ID));
            return byId == null ? null : byId.getPositions(new Document(ID, id));
        }
        return chunkRun(conditions);
    }

    /**
     * The conjunction's conditions by field: the filter's own fields and those of its {@code $and} (nested ones too);
     * null when a field is constrained twice or the filter has another top-level operator ({@code $or}, …).
     */
    private static Map<String, Object> conditions(Document query) {
        Map<String, Object> conditions = new LinkedHashMap<>();
        return collect(query, conditions) ? conditions : null;
    }

    private static boolean collect(Document query, Map<String, Object> into) {
        for (Map.Entry<String, Object> e : query.entrySet()) {
            if (e.getKey().equals("$and") && e.getValue() instanceof Collection<?> parts) {
                for (Object part : parts) {
                    if (!(part instanceof Document d) || !collect(d, into)) {
                        return false;
                    }
                }
            } else if (e.getKey().startsWith("$") || into.putIfAbsent(e.getKey(), e.getValue()) != null) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIn(Document condition) {
        return condition.size() == 1 && condition.get("$in") instanceof Collection<?>;
    }

    /** GridFS's {@code {files_id: f, n: {$gte: k}}} from the unique (files_id, n) index: n = k, k+1, … while present. */
    private Iterable<Object> chunkRun(Map<String, Object> conditions) {
        Object file = conditions.get("files_id");
        if (conditions.size() != 2 || file == null || file instanceof Document
                || !(conditions.get("n") instanceof Document n) || n.size() != 1
                || !(n.get("$gte") instanceof Number from)) {
            return null;
        }
        Index<Object> chunks = uniqueIndexOn(List.of("files_id", "n"));
        if (chunks == null) {
            return null;
        }
        List<Object> positions = new ArrayList<>();
        for (int i = from.intValue(); i < MAX_CHUNKS; i++) {
            Object position = first(chunks.getPositions(new Document("files_id", file).append("n", i)));
            if (position == null) {
                break;
            }
            positions.add(position);
        }
        return positions;
    }

    private Index<Object> uniqueIndexOn(List<String> fields) {
        for (Index<Object> index : getIndexes()) {
            if (index.isUnique() && index.getKeys().stream().map(IndexKey::getKey).toList().equals(fields)) {
                return index;
            }
        }
        return null;
    }

    private static Object first(Iterable<Object> positions) {
        var it = positions.iterator();
        return it.hasNext() ? it.next() : null;
    }
}
