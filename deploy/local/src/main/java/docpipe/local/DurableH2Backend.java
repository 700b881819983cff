package docpipe.local;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend, committing its MVStore before each reply (OP_MSG, which the drivers use for every command, and
 * the legacy OP_QUERY). The stock backend only commits in the background about
 * once a second, so a write the client saw acknowledged could be lost when the process was killed. Its collections
 * also read from the {@code _id} index when a filter pins {@code _id} among other conditions ({@link IndexedH2Collection}).
 */
final class DurableH2Backend extends H2Backend {

    DurableH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String name) {
        return new IndexedH2Database(name);
    }

    /**
     * An H2 database whose collections are {@link IndexedH2Collection}s over the same MVStore maps as the stock one.
     * An inner class because the stock constructor already opens the existing collections, before a field of a
     * subclass could be set: the outer backend, which has the store, is set first.
     */
    private final class IndexedH2Database extends H2Database {

        // the map names of mongo-java-server's H2Database (1.47), so that files written by either open with the other
        private static final String DATA_MAP_PREFIX = "databases.";
        private static final String META_MAP_PREFIX = "meta.";

        IndexedH2Database(String name) {
            super(name, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String name, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(name);
            MVMap<Object, de.bwaldvogel.mongo.bson.Document> data = getMvStore().openMap(DATA_MAP_PREFIX + namespace);
            MVMap<String, Object> meta = getMvStore().openMap(META_MAP_PREFIX + namespace);
            return new IndexedH2Collection(this, name, options, data, meta, cursorRegistry);
        }
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        try {
            return super.handleMessage(message);
        }
        finally {
            commitWrites();
        }
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        try {
            return super.handleQuery(query);
        }
        finally {
            commitWrites();
        }
    }

    private void commitWrites() {
        MVStore store = getMvStore();
        if (!store.isClosed() && store.hasUnsavedChanges()) {
            store.commit();
        }
    }
}
