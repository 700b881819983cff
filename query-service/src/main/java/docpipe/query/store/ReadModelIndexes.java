package docpipe.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import org.bson.Document;

import static com.mongodb.client.model.Indexes.ascending;
import static com.mongodb.client.model.Indexes.compoundIndex;
import static com.mongodb.client.model.Indexes.descending;
import static docpipe.query.store.ReadModelMapping.*;

/**
 * The indexes real MongoDB needs for every query shape of the service. mongo-java-server keeps only
 * the unique ones and scans for the rest, so there they cost nothing and change no result. The search
 * needs none: it runs on the search index, and reads the paragraphs of a page by {@code _id}.
 */
final class ReadModelIndexes {

    private ReadModelIndexes() {
    }

    static void create(ReadModelCollections collections) {
        MongoCollection<Document> documents = collections.documents();
        // document list: filters, then sort by date or symbol with the id as tie-break
        documents.createIndex(compoundIndex(descending(DATE), ascending(ID)), named("date_id"));
        documents.createIndex(compoundIndex(ascending(SYMBOL_KEY), ascending(ID)), named("symbol_id"));
        documents.createIndex(ascending(TYPE), named("type"));
        documents.createIndex(ascending(LANGUAGE), named("language"));
        documents.createIndex(ascending(THEME_IDS), named("themes"));
        documents.createIndex(ascending(SDG_GOALS), named("sdgs"));
        documents.createIndex(ascending(ENTITY_IDS), named("entities"));
        // failures and the stage filter, newest first
        documents.createIndex(compoundIndex(ascending(STATUS_STAGE), descending(STATUS_AT)), named("stage_at"));
        // cited-by: which documents list this symbol among their references
        documents.createIndex(ascending(REFERENCES), named("references"));

        MongoCollection<Document> paragraphs = collections.paragraphs();
        // a document's paragraphs in order (the document view, exports and comparisons)
        paragraphs.createIndex(compoundIndex(ascending(DOCUMENT_ID), ascending(INDEX)), named("document_index"));
    }

    private static IndexOptions named(String name) {
        return new IndexOptions().name(name);
    }
}
