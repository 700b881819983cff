package docpipe.ingest.intake;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import docpipe.events.DocumentId;
import org.bson.Document;

/**
 * What an upload interrupted while writing to GridFS leaves behind: chunks with no file document. They are
 * removed only where such a crash is known to have happened (a stale claim taken over or released), so the
 * normal path never pays for it.
 */
class PartialUploads {

    private final MongoCollection<Document> chunks;

    PartialUploads(MongoCollection<Document> chunks) {
        this.chunks = chunks;
    }

    void clearPartial(DocumentId id) {
        chunks.deleteMany(Filters.eq("files_id", id.value()));
    }
}
