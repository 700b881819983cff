package docpipe.query.store;

import com.mongodb.client.MongoCollection;
import org.bson.Document;

/**
 * The two collections of the read model. {@code documents}: one per document id with its status,
 * metadata, tag profiles and the symbols it cites. {@code paragraphs}: one per paragraph with its tags
 * and a copy of the document metadata a search hit shows (the search itself runs on the search index).
 * {@link ReadModelMapping} owns their fields (listed in the query-service README), {@link ReadModel} writes them and
 * {@link StoredDocuments} reads them.
 */
public record ReadModelCollections(MongoCollection<Document> documents, MongoCollection<Document> paragraphs) {
}
