package docpipe.bench;

import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import docpipe.enrich.annotate.Annotator;
import docpipe.enrich.annotate.DocumentEnricher;
import docpipe.events.DocumentEnriched;
import docpipe.events.DocumentId;
import docpipe.events.DocumentParsed;
import docpipe.events.ParsedDocument;
import docpipe.parse.extract.DocumentReader;
import docpipe.pipeline.StartedFromMain;
import docpipe.query.QueryServiceApplication;
import docpipe.query.search.SearchIndex;
import docpipe.query.store.ReadModel;
import docpipe.query.store.ReadModelCollections;
import org.bson.Document;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The pipeline's work in one process, without Kafka: the parse service's DocumentReader, the enrich service's
 * DocumentEnricher and the query service's own ReadModel (taken from a query-service application context
 * started in this JVM, its Kafka listeners not started) writing into a mongo-java-server with the H2 backend on
 * disk, the backend of the local stack (the stock H2Backend; the stack's store wraps it to commit after every
 * message). The same query-service context answers /api/search over HTTP on a random port for the query
 * benchmark, from its search index (on disk beside the store, read with NIOFSDirectory), which the harness fills
 * the way the index's feed does, since the context's Kafka listeners, the feed among them, do not run: batches
 * through {@code SearchIndex.apply}, then {@code awaitSearchable}, the wait the read model does before STORED.
 */
final class InProcess implements AutoCloseable {

    private final MongoServer server;
    private final ConfigurableApplicationContext query;
    private final ReadModel readModel;
    private final ReadModelCollections collections;
    private final SearchIndex searchIndex;
    private final int httpPort;
    private final DocumentReader reader;
    private final DocumentEnricher enricher;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private InProcess(MongoServer server, ConfigurableApplicationContext query) {
        this.server = server;
        this.query = query;
        this.readModel = query.getBean(ReadModel.class);
        this.collections = query.getBean(ReadModelCollections.class);
        this.searchIndex = query.getBean(SearchIndex.class);
        this.httpPort = Integer.parseInt(query.getEnvironment().getProperty("local.server.port"));
        this.reader = new DocumentReader(new DocumentReader.Limits(1024L * 1024 * 1024, 200_000_000,
                Duration.ofMinutes(10), 2));
        this.enricher = new DocumentEnricher(Annotator.fromClasspath());
    }

    static InProcess start(Path storeFile) {
        MongoServer server = new MongoServer(new H2Backend(storeFile.toString()));
        String uri = server.bindAndGetConnectionString();
        // through its own main method, its configuration and security included (no read token: reads are open)
        ConfigurableApplicationContext query = StartedFromMain.run(QueryServiceApplication::main, "--server.port=0",
                        "--spring.mongodb.uri=" + uri,
                        "--spring.kafka.bootstrap-servers=127.0.0.1:9",
                        "--spring.kafka.listener.auto-startup=false",
                        // the search index on disk beside the store, as ./docpipe up, Compose and Kubernetes keep it
                        "--docpipe.query.search.index-dir=" + storeFile.resolveSibling(storeFile.getFileName() + ".search-index"),
                        "--spring.kafka.admin.auto-create=false",
                        "--spring.kafka.admin.fail-fast=false",
                        "--logging.level.root=WARN",
                        "--logging.level.org.apache.pdfbox=ERROR",
                        "--logging.level.org.apache.fontbox=ERROR",
                        "--spring.main.banner-mode=off");
        return new InProcess(server, query);
    }

    record StageTimes(List<Double> parseMs, List<Double> enrichMs, List<Double> storeMs, List<Double> totalMs,
                      long bytes, int documents, double wallSeconds) {
    }

    ParsedDocument parse(Corpus.Sample sample) throws Exception {
        return reader.read(new ByteArrayInputStream(sample.bytes()), sample.fileName(), sample.mediaType());
    }

    DocumentEnriched enrich(Corpus.Sample sample, ParsedDocument document) {
        Instant now = Instant.now();
        return enricher.enrich(new DocumentParsed(Ids.of(sample.bytes()), sample.fileName(), now, now, document), now);
    }

    /** parse -> enrich -> store (read model and search index) of every sample, one after the other, each stage timed. */
    StageTimes pipeline(List<Corpus.Sample> samples) throws Exception {
        List<Double> parse = new ArrayList<>(), enrich = new ArrayList<>(), store = new ArrayList<>(), total = new ArrayList<>();
        long bytes = 0;
        long start = System.nanoTime();
        for (Corpus.Sample sample : samples) {
            long t0 = System.nanoTime();
            ParsedDocument document = parse(sample);
            long t1 = System.nanoTime();
            DocumentEnriched enriched = enrich(sample, document);
            long t2 = System.nanoTime();
            // the store stage's whole work: the read model, and the search index the query service feeds
            readModel.store(enriched);
            searchIndex.apply(List.of(enriched), Map.of());
            long t3 = System.nanoTime();
            parse.add((t1 - t0) / 1e6);
            enrich.add((t2 - t1) / 1e6);
            store.add((t3 - t2) / 1e6);
            total.add((t3 - t0) / 1e6);
            bytes += sample.bytes().length;
        }
        return new StageTimes(parse, enrich, store, total, bytes, samples.size(), (System.nanoTime() - start) / 1e9);
    }

    /** Milliseconds of parse + enrich (no store) of one sample. */
    double parseAndEnrichMs(Corpus.Sample sample) throws Exception {
        long t0 = System.nanoTime();
        enrich(sample, parse(sample));
        return (System.nanoTime() - t0) / 1e6;
    }

    /**
     * The paragraphs in the read model, from the collection's own count (the {@code count} command): the harness is
     * the only writer, so it is exact here, and {@code countDocuments} would decode every paragraph of the embedded
     * store (minutes at a million).
     */
    long paragraphCount() {
        return collections.paragraphs().estimatedDocumentCount();
    }

    /** The text of every paragraph in the read model. */
    List<String> paragraphTexts() {
        List<String> texts = new ArrayList<>();
        collections.paragraphs().find().projection(new Document("text", 1))
                .forEach(p -> texts.add(p.getString("text") == null ? "" : p.getString("text")));
        return texts;
    }

    /** parse -> enrich -> store of one sample, and into the search index, searchable on return. */
    DocumentEnriched storeAndIndex(Corpus.Sample sample) throws Exception {
        DocumentEnriched enriched = enrich(sample, parse(sample));
        readModel.store(enriched);
        searchIndex.apply(List.of(enriched), Map.of());
        awaitSearchable(enriched);
        return enriched;
    }

    /** Returns once a search sees {@code event}'s document, as the read model waits before it says STORED. */
    private void awaitSearchable(DocumentEnriched event) throws InterruptedException {
        if (!searchIndex.awaitSearchable(event.documentId().value(), event.enrichedAt(), Duration.ofMinutes(1))) {
            throw new IllegalStateException("the search index did not make " + event.documentId() + " searchable");
        }
    }

    /**
     * Grows the read model to at least {@code target} paragraphs: the documents and paragraphs the query
     * service stored for the real samples (exactly its BSON) are copied under fresh document ids with
     * insertMany, which is what replaying the pipeline would leave, minus its cost; each copy's enriched event,
     * under the same fresh id, goes into the search index in batches of 500, as the index's feed reads a
     * replay of the topic.
     */
    void growTo(long target, List<Document> templateDocuments, Map<String, List<Document>> templateParagraphs,
                Map<String, DocumentEnriched> templateEvents) throws InterruptedException {
        MongoCollection<Document> documents = collections.documents();
        MongoCollection<Document> paragraphs = collections.paragraphs();
        long count = paragraphCount();
        List<DocumentEnriched> batch = new ArrayList<>();
        DocumentEnriched last = null;
        int i = 0;
        while (count < target) {
            Document template = templateDocuments.get(i++ % templateDocuments.size());
            String id = randomId();
            Document copy = new Document(template);
            copy.put("_id", id);
            List<Document> copies = new ArrayList<>();
            for (Document p : templateParagraphs.get(template.getString("_id"))) {
                Document pc = new Document(p);
                pc.put("_id", id + ":" + p.getInteger("index"));
                pc.put("documentId", id);
                copies.add(pc);
            }
            if (!copies.isEmpty()) {
                paragraphs.insertMany(copies);
            }
            documents.insertOne(copy);
            DocumentEnriched e = templateEvents.get(template.getString("_id"));
            last = new DocumentEnriched(new DocumentId(id), e.fileName(), e.receivedAt(), e.enrichedAt(), e.metadata(),
                    e.paragraphs(), e.references(), e.taxonomyVersion(), e.gazetteerVersion(), e.sdgModelVersion());
            batch.add(last);
            // the feed indexes a poll's records together (up to max.poll.records, 500) when it replays the topic
            if (batch.size() == 500) {
                searchIndex.apply(batch, Map.of());
                batch.clear();
            }
            count += copies.size();
        }
        searchIndex.apply(batch, Map.of());
        if (last != null) {
            awaitSearchable(last);
        }
    }

    /** The stored documents (and their paragraphs) whose ids are given: templates for {@link #growTo}. */
    List<Document> documents(List<String> ids) {
        return collections.documents().find(new Document("_id", new Document("$in", ids))).into(new ArrayList<>());
    }

    Map<String, List<Document>> paragraphsOf(List<String> ids) {
        Map<String, List<Document>> out = new LinkedHashMap<>();
        for (String id : ids) {
            out.put(id, collections.paragraphs().find(new Document("documentId", id)).into(new ArrayList<>()));
        }
        return out;
    }

    /** One GET of /api/search with the query string; milliseconds, failing on anything but 200. */
    double search(String queryString) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/api/search?" + queryString))
                .timeout(Duration.ofMinutes(2)).GET().build();
        long t0 = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - t0) / 1e6;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("/api/search?" + queryString + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return ms;
    }

    String searchBody(String queryString) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/api/search?" + queryString))
                .timeout(Duration.ofMinutes(2)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String randomId() {
        byte[] bytes = new byte[12];
        ThreadLocalRandom.current().nextBytes(bytes);
        return new DocumentId(HexFormat.of().formatHex(bytes)).value();
    }

    @Override
    public void close() {
        query.close();
        server.shutdownNow();
    }
}
