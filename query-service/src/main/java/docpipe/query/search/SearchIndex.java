package docpipe.query.search;

import docpipe.events.DocumentEnriched;
import docpipe.events.DocumentEnriched.EnrichedParagraph;
import org.apache.kafka.common.TopicPartition;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The search index of the query service: one Lucene document per paragraph and one marker per document, as
 * {@link IndexSchema} maps them. It is derived data: the read model in MongoDB stays the record, and the index is
 * fed from {@code docs.enriched}, whose read offsets it keeps in the user data of its own commits, so index and
 * offsets always agree and an index that is missing, or of another schema, rebuilds itself by replaying the topic.
 *
 * <p>Writes are serialised here; searches run on the {@link SearcherManager}'s current searcher. The feed's
 * batches are made searchable at most every {@link #REFRESH_EVERY} (and by {@link #refreshIfStale()} when the
 * feed goes idle for {@link #IDLE_AFTER}): a refresh after every small batch of a busy pipeline wrote a tiny segment each time, and
 * refreshing and merging them took half of the service's CPU (the benchmark's profile at saturation).
 */
public final class SearchIndex implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final String OFFSET_KEY = "offset:";
    private static final String SCHEMA_KEY = "schema";
    /** How stale the searcher may get while the feed is busy. */
    static final Duration REFRESH_EVERY = Duration.ofSeconds(1);
    /** After this long without a record the feed refreshes at once, so the end of a burst is searchable soon. */
    static final Duration IDLE_AFTER = Duration.ofMillis(200);
    /** The enrichment time of a document stored without one: any later event replaces it. */
    private static final long UNKNOWN = Long.MIN_VALUE;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final String location;
    // guarded by this
    private final Map<String, Long> enrichedAt = new HashMap<>();
    private final Map<TopicPartition, Long> offsets = new LinkedHashMap<>();
    /** Documents indexed since the last refresh: a search does not see them yet. */
    private final Set<String> unrefreshedIds = new HashSet<>();
    private boolean uncommitted;
    private boolean unrefreshed;
    private long lastRefresh = System.nanoTime();
    // written under this, read by gauges and health
    private volatile long paragraphs;
    private volatile long documents;

    private SearchIndex(Directory directory, String location) throws IOException {
        this.directory = directory;
        this.location = location;
        this.writer = openWriter(directory, location);
        Map<String, String> committed = new HashMap<>();
        writer.getLiveCommitData().forEach(e -> committed.put(e.getKey(), e.getValue()));
        if (writer.getDocStats().numDocs > 0 && !IndexSchema.VERSION.equals(committed.get(SCHEMA_KEY))) {
            // fields or analysis changed: the old index cannot answer the new queries, so the topic rebuilds it
            log.info("search index in {} has schema {}, this version writes {}: rebuilding it from the topic",
                    location, committed.get(SCHEMA_KEY), IndexSchema.VERSION);
            writer.deleteAll();
            committed.clear();
        }
        committed.forEach((key, value) -> {
            if (key.startsWith(OFFSET_KEY)) {
                offsets.put(partition(key.substring(OFFSET_KEY.length())), Long.parseLong(value));
            }
        });
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                return new FacetedSearcher(reader);
            }
        });
        loadEnrichmentTimes();
        count();
    }

    /** An index in memory: empty at every start, so it is rebuilt from the topic. */
    public static SearchIndex inMemory() {
        try {
            return new SearchIndex(new ByteBuffersDirectory(), "memory");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index in {@code folder} (created when missing): what it holds survives a restart. */
    public static SearchIndex onDisk(Path folder) {
        try {
            Files.createDirectories(folder);
            // read through the page cache, not mapped: the index's pages then do not count in the service's
            // resident memory (the local stack has 2.5 GB for six processes); searches stay in milliseconds
            return new SearchIndex(new NIOFSDirectory(folder), folder.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An index written by another Lucene version or damaged is started afresh: the topic rebuilds it. */
    private static IndexWriter openWriter(Directory directory, String location) throws IOException {
        try {
            return new IndexWriter(directory, new IndexWriterConfig(TextAnalysis.indexAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            log.warn("search index in {} cannot be read ({}); starting an empty one, rebuilt from the topic", location,
                    e.getMessage());
            return new IndexWriter(directory, new IndexWriterConfig(TextAnalysis.indexAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE));
        }
    }

    /**
     * Indexes one document at once and makes it searchable: replaces its paragraphs unless an equal or newer
     * enrichment is indexed. For callers outside the feed (the benchmark grows the index with it); no offset moves.
     */
    public boolean index(DocumentEnriched event) {
        return index(List.of(event)) == 1;
    }

    /** {@link #index(DocumentEnriched)} for several documents, made searchable together; how many it replaced. */
    public synchronized int index(List<DocumentEnriched> events) {
        int replaced = apply(events, Map.of());
        refreshIfStale();
        return replaced;
    }

    /**
     * Indexes documents as the feed does, searchable within {@link #REFRESH_EVERY} rather than at once; how many it
     * replaced. For work measured against the feed (the benchmark's in-process floor); no offset moves.
     */
    public int add(List<DocumentEnriched> events) {
        return apply(events, Map.of());
    }

    /**
     * Indexes a batch read from the topic, records where reading goes on ({@code next}: the offset after the last
     * record of each partition) and makes the batch searchable. Returns how many documents it replaced.
     */
    synchronized int apply(List<DocumentEnriched> batch, Map<TopicPartition, Long> next) {
        try {
            int replaced = 0;
            for (DocumentEnriched event : batch) {
                if (add(event)) {
                    replaced++;
                }
            }
            offsets.putAll(next);
            uncommitted |= replaced > 0 || !next.isEmpty();
            unrefreshed |= replaced > 0;
            if (replaced > 0) {
                notifyAll();
            }
            if (System.nanoTime() - lastRefresh >= REFRESH_EVERY.toNanos()) {
                refreshIfStale();
            }
            return replaced;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean add(DocumentEnriched event) throws IOException {
        String id = event.documentId().value();
        Instant at = event.enrichedAt() == null ? event.receivedAt() : event.enrichedAt();
        long incoming = at == null ? UNKNOWN : at.truncatedTo(ChronoUnit.MILLIS).toEpochMilli();
        Long stored = enrichedAt.get(id);
        // like the read model: only a strictly newer enrichment replaces the indexed one
        if (stored != null && stored != UNKNOWN && incoming != UNKNOWN && incoming <= stored) {
            return false;
        }
        List<Document> docs = new ArrayList<>(event.paragraphs().size() + 1);
        for (EnrichedParagraph p : event.paragraphs()) {
            docs.add(IndexSchema.paragraph(id, event.metadata(), p));
        }
        docs.add(IndexSchema.marker(id, incoming));
        writer.deleteDocuments(new Term(IndexSchema.DOCUMENT_ID, id), new Term(IndexSchema.MARKER, id));
        writer.addDocuments(docs);
        enrichedAt.put(id, incoming);
        unrefreshedIds.add(id);
        return true;
    }

    /**
     * Empties the index and forgets its read offsets, as if it were new (a feed assigned afterwards replays the
     * topic from the beginning). For tools that start from nothing, like the benchmark.
     */
    public synchronized void deleteAll() {
        try {
            writer.deleteAll();
            enrichedAt.clear();
            unrefreshedIds.clear();
            offsets.clear();
            uncommitted = true;
            unrefreshed = true;
            refreshIfStale();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until a search sees {@code documentId} at the enrichment of {@code enrichedAt} or a newer one; false
     * when {@code timeout} passed first. Once the feed has indexed it, a waiter refreshes the searcher itself
     * rather than wait for the feed's next refresh, but not more often than every {@link #IDLE_AFTER}.
     */
    public synchronized boolean awaitSearchable(String documentId, Instant enrichedAt, Duration timeout)
            throws InterruptedException {
        long wanted = enrichedAt == null ? UNKNOWN : enrichedAt.truncatedTo(ChronoUnit.MILLIS).toEpochMilli();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!searchable(documentId, wanted)) {
            if (indexed(documentId, wanted) && System.nanoTime() - lastRefresh >= IDLE_AFTER.toNanos()) {
                refreshIfStale();
                continue;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, IDLE_AFTER.toNanos()));
        }
        return true;
    }

    private boolean indexed(String documentId, long wanted) {
        Long indexed = enrichedAt.get(documentId);
        return indexed != null && (wanted == UNKNOWN || (indexed != UNKNOWN && indexed >= wanted));
    }

    private boolean searchable(String documentId, long wanted) {
        return indexed(documentId, wanted) && !unrefreshedIds.contains(documentId);
    }

    /** Makes everything indexed so far searchable, if something was indexed since the last refresh. */
    synchronized void refreshIfStale() {
        if (!unrefreshed) {
            return;
        }
        try {
            searchers.maybeRefreshBlocking();
            lastRefresh = System.nanoTime();
            unrefreshed = false;
            unrefreshedIds.clear();
            count();
            notifyAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits what was indexed since the last commit, with the offsets it was read up to. */
    synchronized void commit() {
        if (!uncommitted) {
            return;
        }
        try {
            Map<String, String> userData = new LinkedHashMap<>();
            userData.put(SCHEMA_KEY, IndexSchema.VERSION);
            offsets.forEach((tp, offset) -> userData.put(OFFSET_KEY + tp.topic() + ":" + tp.partition(),
                    String.valueOf(offset)));
            writer.setLiveCommitData(userData.entrySet());
            writer.commit();
            uncommitted = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where reading {@code partition} goes on; null when this index has read nothing of it. */
    synchronized Long nextOffset(TopicPartition partition) {
        return offsets.get(partition);
    }

    synchronized Map<TopicPartition, Long> offsets() {
        return Map.copyOf(offsets);
    }

    long paragraphs() {
        return paragraphs;
    }

    long documents() {
        return documents;
    }

    String location() {
        return location;
    }

    /** Temporary switch for the A/B probe: lucene-facet or the hand-written collector. */
    static volatile boolean LUCENE_FACETS = true;

    /** A searcher with what counting facets on its reader needs, built once when the searcher is. */
    static final class FacetedSearcher extends IndexSearcher {
        final SortedSetDocValuesReaderState facets;

        FacetedSearcher(IndexReader reader) throws IOException {
            super(reader);
            this.facets = FacetCounts.state(reader);
        }
    }

    /** The searcher of the moment, for the probe. */
    IndexSearcher acquireForProbe() throws IOException {
        return searchers.acquire();
    }

    void releaseForProbe(IndexSearcher s) throws IOException {
        searchers.release(s);
    }

    /** One page of ranked hits. */
    record Ranked(String documentId, int index, double score, int doc) {
    }

    /** What a search found: the total, the hits of the page and, when asked for, the facets of every match. */
    record Found(long total, List<Ranked> hits, SearchResult.Facets facets) {
    }

    /** The hits {@code [from, from + size)} of {@code query} in {@code sort} order; the facets too when facetSize > 0. */
    Found search(Query query, Sort sort, int from, int size, int facetSize) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                int wanted = (int) Math.min((long) from + size, Math.max(1, searcher.getIndexReader().maxDoc()));
                TopFieldCollectorManager top = new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE, false);
                TopFieldDocs docs;
                SearchResult.Facets facets = null;
                if (facetSize > 0 && LUCENE_FACETS) {
                    Object[] results = searcher.search(query, new MultiCollectorManager(top, new FacetsCollectorManager()));
                    docs = (TopFieldDocs) results[0];
                    facets = FacetCounts.of(((FacetedSearcher) searcher).facets, (FacetsCollector) results[1], facetSize);
                } else if (facetSize > 0) {
                    Object[] results = searcher.search(query, new MultiCollectorManager(top, FacetCollector.manager()));
                    docs = (TopFieldDocs) results[0];
                    facets = ((FacetCollector) results[1]).facets(facetSize);
                } else {
                    docs = searcher.search(query, top);
                }
                boolean scored = sort.getSort()[0].getType() == SortField.Type.SCORE;
                List<Ranked> hits = new ArrayList<>();
                for (int i = from; i < docs.scoreDocs.length; i++) {
                    ScoreDoc hit = docs.scoreDocs[i];
                    Object[] fields = ((FieldDoc) hit).fields;
                    int at = scored ? 1 : 0;
                    double score = scored ? Math.round(((Float) fields[0]) * 1000) / 1000.0 : 0;
                    hits.add(new Ranked(((BytesRef) fields[at]).utf8ToString(), ((Long) fields[at + 1]).intValue(), score, hit.doc));
                }
                return new Found(docs.totalHits.value, List.copyOf(hits), facets);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The enrichment time of every indexed document, from the markers. */
    private void loadEnrichmentTimes() throws IOException {
        DirectoryReader reader = DirectoryReader.open(writer);
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedDocValues ids = leaf.reader().getSortedDocValues(IndexSchema.MARKER);
                NumericDocValues times = leaf.reader().getNumericDocValues(IndexSchema.ENRICHED_AT);
                Bits live = leaf.reader().getLiveDocs();
                if (ids == null || times == null) {
                    continue;
                }
                for (int doc = ids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                    if ((live == null || live.get(doc)) && times.advanceExact(doc)) {
                        enrichedAt.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), times.longValue());
                    }
                }
            }
        } finally {
            reader.close();
        }
    }

    private void count() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            documents = enrichedAt.size();
            paragraphs = searcher.getIndexReader().numDocs() - (long) enrichedAt.size();
        } finally {
            searchers.release(searcher);
        }
    }

    private static TopicPartition partition(String key) {
        int colon = key.lastIndexOf(':');
        return new TopicPartition(key.substring(0, colon), Integer.parseInt(key.substring(colon + 1)));
    }

    /** Commits what is left and closes the index. */
    @Override
    public synchronized void close() {
        try {
            commit();
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
