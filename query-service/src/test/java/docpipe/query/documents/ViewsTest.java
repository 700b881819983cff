package docpipe.query.documents;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import docpipe.query.store.BeforeTypingFixture;
import docpipe.query.store.DocumentFilter;
import docpipe.query.store.DocumentOrder;
import docpipe.query.store.ReadModelCollections;
import docpipe.query.store.StoredDocuments;
import docpipe.query.web.Paging;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Entries stored before the typed read model answer the same JSON as they did then. */
class ViewsTest {

    private static final DocumentFilter EVERYTHING = new DocumentFilter(null, List.of(), List.of(), List.of(), List.of(),
            List.of(), null, null, List.of());

    private final JsonMapper json = JsonMapper.builder().build();
    private MongoServer server;
    private MongoClient client;
    private DocumentQueries queries;

    @BeforeEach
    void storeEntriesWrittenBeforeTheTypedModel() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        var db = client.getDatabase("views");
        ReadModelCollections collections = new ReadModelCollections(db.getCollection("documents"),
                db.getCollection("paragraphs"));
        List<Document> stored = BeforeTypingFixture.stored();
        collections.documents().insertOne(stored.get(0));
        collections.paragraphs().insertMany(stored.subList(1, stored.size()));
        queries = new DocumentQueries(new StoredDocuments(collections));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void theDocumentListAndParagraphsAnswerTheJsonTheyDidBefore() {
        List<Object> views = new ArrayList<>(queries.list(EVERYTHING, DocumentOrder.DATE_DESC, new Paging(0, 20)).items());
        views.addAll(queries.paragraphs(BeforeTypingFixture.ID));

        JsonNode expected = json.readTree(BeforeTypingFixture.resource("/store/views-before-typing.json"));
        JsonNode actual = json.valueToTree(views);
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void showsACitedSymbolAsWrittenThoughItIsKeptAsAKey() {
        var documents = client.getDatabase("views").getCollection("documents");
        documents.updateOne(new Document("_id", BeforeTypingFixture.ID.value()),
                new Document("$push", new Document("references", "A/73/L.6/ADD.1")));

        assertThat(queries.document(BeforeTypingFixture.ID).references()).last()
                .isEqualTo(new Views.Reference("A/73/L.6/Add.1", null));
    }

    @Test
    void theDocumentViewResolvesNoReferenceToADocumentNotStored() {
        Views.DocumentView view = queries.document(BeforeTypingFixture.ID);

        assertThat(view.id()).isEqualTo(BeforeTypingFixture.ID.value());
        assertThat(view.status().stage()).isEqualTo("STORED");
        assertThat(view.entities()).extracting(Views.EntityCount::id).containsExactly("org:UNDP", "doc:A/RES/76/270", "org:IPU");
        assertThat(view.references()).containsExactly(new Views.Reference("A/RES/74/304", null),
                new Views.Reference("A/RES/76/270", null));
        assertThat(view.citedBy()).isEmpty();
    }
}
