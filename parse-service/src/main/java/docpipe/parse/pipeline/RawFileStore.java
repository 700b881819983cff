package docpipe.parse.pipeline;

import com.mongodb.client.MongoClient;
import com.mongodb.client.gridfs.GridFSBuckets;
import docpipe.events.DocumentReceived;
import org.bson.BsonString;
import org.springframework.stereotype.Component;

import java.io.InputStream;

/** Opens a received file's bytes from the GridFS bucket its claim check names. */
@Component
class RawFileStore {

    private final MongoClient mongo;

    RawFileStore(MongoClient mongo) {
        this.mongo = mongo;
    }

    InputStream open(DocumentReceived.BlobRef blob) {
        return GridFSBuckets.create(mongo.getDatabase(blob.database()), blob.bucket())
                .openDownloadStream(new BsonString(blob.fileId()));
    }
}
