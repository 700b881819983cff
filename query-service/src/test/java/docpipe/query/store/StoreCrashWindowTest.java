package docpipe.query.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import docpipe.events.Annotations;
import docpipe.events.DocumentEnriched;
import docpipe.events.DocumentEnriched.EnrichedParagraph;
import docpipe.events.DocumentId;
import docpipe.events.DocumentType;
import docpipe.events.ParagraphKind;
import docpipe.events.ParsedDocument;
import docpipe.events.Stage;
import docpipe.events.StatusChanged;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A process can die between any two writes of {@link ReadModel#store}. Each write is made to fail in turn
 * (the process "dies" there), then the event is delivered again as Kafka would after a restart: the
 * document must end STORED once, with all its paragraphs, whichever write was the last one to land.
 */
class StoreCrashWindowTest {

    private static final Set<String> WRITES = Set.of("insertOne", "updateOne", "bulkWrite", "deleteMany", "replaceOne");
    private static final Instant RECEIVED = Instant.parse("2026-12-01T10:00:00Z");

    private MongoServer server;
    private MongoClient client;
    private ReadModelCollections store;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + hostAndPort(server.bind()));
        var db = client.getDatabase("crash-window");
        store = new ReadModelCollections(db.getCollection("documents"), db.getCollection("paragraphs"));
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aCrashAtAnyWriteOfStoreEndsStoredOnceAfterRedelivery() {
        DocumentEnriched event = enriched(id("crash-window"), 5, RECEIVED.plusSeconds(2));
        int writesInOneStore = countWrites(event);
        assertThat(writesInOneStore).isGreaterThanOrEqualTo(2);

        for (int failAt = 1; failAt <= writesInOneStore; failAt++) {
            DocumentId id = id("crash-window-" + failAt);
            DocumentEnriched attempt = enriched(id, 5, RECEIVED.plusSeconds(2));
            new ReadModel(store, clock()).apply(StatusChanged.reached(id, Stage.ENRICHED, "a.pdf", "enrich-service",
                    RECEIVED.plusSeconds(2)));

            ReadModel dying = new ReadModel(failingAt(failAt), clock());
            assertThatThrownBy(() -> dying.store(attempt)).hasMessageContaining("injected crash");

            ReadModel restarted = new ReadModel(store, clock());
            restarted.store(attempt);

            Document stored = store.documents().find(Filters.eq("_id", id.value())).first();
            assertThat(stored.get("status", Document.class).getString("stage"))
                    .as("stage after a crash at write %d", failAt).isEqualTo("STORED");
            assertThat(stored.getInteger("paragraphCount")).isEqualTo(5);
            assertThat(store.paragraphs().countDocuments(Filters.eq("documentId", id.value()))).isEqualTo(5);
        }
    }

    @Test
    void aRedeliveredEventAfterTheDocumentWriteDoesNotStoreTwice() {
        DocumentId id = id("stored-once");
        DocumentEnriched event = enriched(id, 3, RECEIVED.plusSeconds(2));
        ReadModel readModel = new ReadModel(store, clock());
        assertThat(readModel.store(event)).isEqualTo(ReadModel.Outcome.STORED);
        assertThat(readModel.store(event)).isEqualTo(ReadModel.Outcome.UNCHANGED);
        assertThat(store.documents().countDocuments(Filters.eq("_id", id.value()))).isEqualTo(1);
        assertThat(store.paragraphs().countDocuments(Filters.eq("documentId", id.value()))).isEqualTo(3);
    }

    private int countWrites(DocumentEnriched event) {
        AtomicInteger writes = new AtomicInteger();
        ReadModelCollections counting = new ReadModelCollections(intercept(store.documents(), writes, Integer.MAX_VALUE),
                intercept(store.paragraphs(), writes, Integer.MAX_VALUE));
        new ReadModel(counting, clock()).store(event);
        return writes.get();
    }

    private ReadModelCollections failingAt(int write) {
        AtomicInteger writes = new AtomicInteger();
        return new ReadModelCollections(intercept(store.documents(), writes, write),
                intercept(store.paragraphs(), writes, write));
    }

    /** The real collection, except that its {@code failAt}-th write (counted across both) throws before it runs. */
    @SuppressWarnings("unchecked")
    private static MongoCollection<Document> intercept(MongoCollection<Document> real, AtomicInteger writes, int failAt) {
        return (MongoCollection<Document>) Proxy.newProxyInstance(StoreCrashWindowTest.class.getClassLoader(),
                new Class<?>[] {MongoCollection.class}, (proxy, method, args) -> {
                    if (WRITES.contains(method.getName()) && writes.incrementAndGet() == failAt) {
                        throw new IllegalStateException("injected crash before " + method.getName());
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static DocumentEnriched enriched(DocumentId id, int paragraphs, Instant enrichedAt) {
        List<EnrichedParagraph> items = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            items.add(new EnrichedParagraph(new ParsedDocument.Paragraph(i, String.valueOf(i + 1), ParagraphKind.PARAGRAPH, null,
                    List.of(), "Paragraph " + (i + 1) + " of the report.", 1, List.of()), Annotations.EMPTY));
        }
        var metadata = new ParsedDocument.Metadata("A/80/999", "A report", "en", DocumentType.REPORT, "2026-12-01", "80",
                null, List.of(), 1);
        return new DocumentEnriched(id, "a.pdf", RECEIVED, enrichedAt, metadata, items, List.of(),
                "t1", "g1");
    }

    private static DocumentId id(String name) {
        try {
            return DocumentId.fromSha256(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Clock clock() {
        return Clock.fixed(RECEIVED.plusSeconds(3), ZoneOffset.UTC);
    }

    private static String hostAndPort(java.net.InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }
}
