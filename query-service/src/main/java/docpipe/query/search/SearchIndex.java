package docpipe.query.search;

import docpipe.events.DocumentEnriched;
import docpipe.events.DocumentEnriched.EnrichedParagraph;
import docpipe.query.store.EnrichmentOrder;
import org.apache.kafka.common.TopicPartition;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;

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
 * The search index of the query service as its feed writes it: one Lucene document per paragraph and one marker per
 * document ({@link IndexSchema}). It is derived data: the read model in MongoDB stays the record, and the index is
 * fed from {@code docs.enriched}, whose read offsets it keeps in the user data of its own commits, so index and
 * offsets always agree and an index that is missing, or of another schema, rebuilds itself by replaying the topic
 * ({@link RecoveredIndex}). Searches run on {@link IndexSearch}, over the searchers this class refreshes.
 *
 * <p>Writes are serialised here. The feed's batches are made searchable at most every {@link #REFRESH_EVERY} (and by
 * {@link #refreshIfStale()} when the feed goes idle for {@link #IDLE_AFTER}): a refresh after every small batch of a
 * busy pipeline wrote a tiny segment each time, and refreshing and merging them took half of the service's CPU (the
 * benchmark's profile at saturation). {@link #awaitSearchable} lets the read model wait for one document.
 */
public final class SearchIndex implements Closeable {

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
    private final Map<String, Long> enrichedAt;
    private final Map<TopicPartition, Long> offsets;
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
        RecoveredIndex recovered = RecoveredIndex.open(directory, location);
        this.writer = recovered.writer();
        this.offsets = new LinkedHashMap<>(recovered.offsets());
        this.enrichedAt = new HashMap<>(recovered.enrichedAt());
        this.searchers = new SearcherManager(writer, IndexSearch.searcherFactory());
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

    /** Searches over what this index has made searchable. */
    IndexSearch searcher() {
        return new IndexSearch(searchers);
    }

    /**
     * Indexes a batch as the feed reads it from the topic: replaces each document's paragraphs unless an equal or
     * newer enrichment is indexed, records where reading goes on ({@code next}: the offset after the last record of
     * each partition; empty when the batch comes from elsewhere) and makes the batch searchable within
     * {@link #REFRESH_EVERY}. Returns how many documents it replaced.
     */
    public synchronized int apply(List<DocumentEnriched> batch, Map<TopicPartition, Long> next) {
        try {
            int replaced = 0;
            for (DocumentEnriched event : batch) {
                if (replace(event)) {
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

    private boolean replace(DocumentEnriched event) throws IOException {
        String id = event.documentId().value();
        Instant at = EnrichmentOrder.versionOf(event);
        long incoming = at == null ? UNKNOWN : at.toEpochMilli();
        Long stored = enrichedAt.get(id);
        if (!EnrichmentOrder.replaces(at, stored == null || stored == UNKNOWN ? null : Instant.ofEpochMilli(stored))) {
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
     * Waits until a search sees {@code documentId} at the enrichment of {@code enrichedAt} or a newer one; false
     * when {@code timeout} passed first. Once the feed has indexed it, a waiter refreshes the searcher itself
     * rather than wait for the feed's next refresh, but not more often than every {@link #IDLE_AFTER}.
     */
    public synchronized boolean awaitSearchable(String documentId, Instant enrichedAt, Duration timeout)
            throws InterruptedException {
        long wanted = millis(enrichedAt);
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

    private static long millis(Instant at) {
        return at == null ? UNKNOWN : at.truncatedTo(ChronoUnit.MILLIS).toEpochMilli();
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
            writer.setLiveCommitData(RecoveredIndex.commitData(offsets).entrySet());
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

    private void count() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            documents = enrichedAt.size();
            paragraphs = searcher.getIndexReader().numDocs() - (long) enrichedAt.size();
        } finally {
            searchers.release(searcher);
        }
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
