package docpipe.query.store;

import com.mongodb.client.MongoCollection;
import org.bson.Document;

/**
 * The two collections of the read model. {@code documents}: one per document id with its status,
 * metadata, tag profiles and the symbols it cites. {@code paragraphs}: one per paragraph with its tags,
 * the search terms and a copy of the document metadata the search filters on. The field names are
 * listed in the query-service README.
 */
public record ReadModelCollections(MongoCollection<Document> documents, MongoCollection<Document> paragraphs) {
}
