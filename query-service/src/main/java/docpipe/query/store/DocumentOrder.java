package docpipe.query.store;

import com.mongodb.client.model.Sorts;
import org.bson.conversions.Bson;

import static docpipe.query.store.ReadModelMapping.DATE;
import static docpipe.query.store.ReadModelMapping.ID;
import static docpipe.query.store.ReadModelMapping.SYMBOL_KEY;

/** The orders of the document list; the id breaks ties so pages never overlap or skip. */
public enum DocumentOrder {
    DATE_DESC(Sorts.orderBy(Sorts.descending(DATE), Sorts.ascending(ID))),
    DATE_ASC(Sorts.orderBy(Sorts.ascending(DATE), Sorts.ascending(ID))),
    SYMBOL_ASC(Sorts.orderBy(Sorts.ascending(SYMBOL_KEY), Sorts.ascending(ID))),
    SYMBOL_DESC(Sorts.orderBy(Sorts.descending(SYMBOL_KEY), Sorts.ascending(ID)));

    private final Bson sort;

    DocumentOrder(Bson sort) {
        this.sort = sort;
    }

    Bson sort() {
        return sort;
    }
}
