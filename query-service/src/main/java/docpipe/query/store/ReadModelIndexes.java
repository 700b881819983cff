package docpipe.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import org.bson.Document;

import static com.mongodb.client.model.Indexes.ascending;
import static com.mongodb.client.model.Indexes.compoundIndex;
import static com.mongodb.client.model.Indexes.descending;

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
        documents.createIndex(compoundIndex(descending("date"), ascending("_id")), named("date_id"));
        documents.createIndex(compoundIndex(ascending("symbolKey"), ascending("_id")), named("symbol_id"));
        documents.createIndex(ascending("type"), named("type"));
        documents.createIndex(ascending("language"), named("language"));
        documents.createIndex(ascending("themeIds"), named("themes"));
        documents.createIndex(ascending("sdgGoals"), named("sdgs"));
        documents.createIndex(ascending("entityIds"), named("entities"));
        // failures and the stage filter, newest first
        documents.createIndex(compoundIndex(ascending("status.stage"), descending("status.at")), named("stage_at"));
        // cited-by: which documents list this symbol among their references
        documents.createIndex(ascending("references"), named("references"));

        MongoCollection<Document> paragraphs = collections.paragraphs();
        // a document's paragraphs in order (the document view, exports and comparisons)
        paragraphs.createIndex(compoundIndex(ascending("documentId"), ascending("index")), named("document_index"));
    }

    private static IndexOptions named(String name) {
        return new IndexOptions().name(name);
    }
}
