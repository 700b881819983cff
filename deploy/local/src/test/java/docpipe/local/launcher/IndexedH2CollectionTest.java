package docpipe.local;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.BsonString;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The filters the store now answers from an index give the same answers a scan gives. */
class IndexedH2CollectionTest {

    private MVStore mvStore;
    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;

    @BeforeEach
    void start() {
        mvStore = MVStore.open(null);
        server = new MongoServer(new DurableH2Backend(mvStore));
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        database = client.getDatabase("docpipe");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void compareAndSetOnIdAndAnotherFieldChangesOnlyTheDocumentInTheExpectedState() {
        MongoCollection<Document> uploads = database.getCollection("uploads");
        for (int i = 0; i < 50; i++) {
            uploads.insertOne(new Document("_id", "doc-" + i).append("state", i % 2 == 0 ? "CLAIMED" : "STORED"));
        }

        long claimed = uploads.updateOne(and(eq("_id", "doc-4"), eq("state", "CLAIMED")),
                Updates.set("state", "STORED")).getModifiedCount();
        long stale = uploads.updateOne(and(eq("_id", "doc-5"), eq("state", "CLAIMED")),
                Updates.set("state", "ANNOUNCED")).getModifiedCount();
        long missing = uploads.updateOne(and(eq("_id", "doc-99"), eq("state", "CLAIMED")),
                Updates.set("state", "STORED")).getModifiedCount();

        assertThat(claimed).isEqualTo(1);
        assertThat(stale).isZero();
        assertThat(missing).isZero();
        assertThat(uploads.find(eq("_id", "doc-4")).first()).containsEntry("state", "STORED");
        assertThat(uploads.find(eq("_id", "doc-5")).first()).containsEntry("state", "STORED");
        assertThat(uploads.countDocuments(eq("state", "CLAIMED"))).isEqualTo(24);
    }

    @Test
    void idListWithAnotherConditionFindsExactlyTheMatchingDocumentsInTheRequestedOrder() {
        MongoCollection<Document> paragraphs = database.getCollection("paragraphs");
        for (int i = 0; i < 30; i++) {
            paragraphs.insertOne(new Document("_id", "p" + i).append("index", i).append("kind", i % 3 == 0 ? "HEADING" : "PARAGRAPH"));
        }

        List<Document> found = paragraphs.find(and(in("_id", "p3", "p4", "p6", "p9", "p40"), eq("kind", "HEADING")))
                .sort(Sorts.descending("index")).into(new ArrayList<>());

        assertThat(found).extracting(d -> d.getString("_id")).containsExactly("p9", "p6", "p3");
    }

    @Test
    void filtersThatPinNoIdStillScan() {
        MongoCollection<Document> paragraphs = database.getCollection("paragraphs");
        for (int i = 0; i < 10; i++) {
            paragraphs.insertOne(new Document("_id", "p" + i).append("index", i));
        }

        assertThat(paragraphs.countDocuments(or(eq("_id", "p1"), eq("index", 7)))).isEqualTo(2);
        assertThat(paragraphs.countDocuments(Filters.gte("index", 5))).isEqualTo(5);
        assertThat(paragraphs.deleteMany(and(Filters.gte("index", 2), Filters.lt("index", 4))).getDeletedCount()).isEqualTo(2);
    }

    @Test
    void gridFsReadsBackEveryChunkOfEachFileAmongMany() throws Exception {
        GridFSBucket bucket = GridFSBuckets.create(database, "blobs");
        Random random = new Random(42);
        List<byte[]> contents = new ArrayList<>();
        for (int f = 0; f < 12; f++) {
            byte[] bytes = new byte[1_000 + random.nextInt(9_000)];
            random.nextBytes(bytes);
            contents.add(bytes);
            bucket.uploadFromStream(new BsonString("file-" + f), "file-" + f, new ByteArrayInputStream(bytes),
                    new GridFSUploadOptions().chunkSizeBytes(1_024));
        }

        for (int f = 0; f < contents.size(); f++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            bucket.downloadToStream(new BsonString("file-" + f), out);
            assertThat(out.toByteArray()).as("file-" + f).isEqualTo(contents.get(f));
        }
        // a chunk missing in the middle is an error, as with real MongoDB, not a shorter file
        database.getCollection("blobs.chunks").deleteOne(and(eq("files_id", "file-3"), eq("n", 1)));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> bucket.downloadToStream(new BsonString("file-3"), new ByteArrayOutputStream())))
                .isInstanceOf(com.mongodb.MongoGridFSException.class);
    }
}
