package docpipe.local;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend, committing its MVStore before each reply (OP_MSG, which the drivers use for every command, and
 * the legacy OP_QUERY). The stock backend only commits in the background about
 * once a second, so a write the client saw acknowledged could be lost when the process was killed.
 */
final class DurableH2Backend extends H2Backend {

    DurableH2Backend(MVStore store) {
        super(store);
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
