package docpipe.query.search;

import org.apache.kafka.common.TopicPartition;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An index opened where the last run left it: its writer, the read offsets of its last commit and the enrichment
 * time of every document in it. An index of another {@link IndexSchema#VERSION}, written by another Lucene version
 * or damaged is emptied instead, with no offsets, so the feed rebuilds it by replaying the topic.
 *
 * @param offsets    where reading each partition goes on (the commit's user data)
 * @param enrichedAt the enrichment time of every indexed document, by id (from the marker documents)
 */
record RecoveredIndex(IndexWriter writer, Map<TopicPartition, Long> offsets, Map<String, Long> enrichedAt) {

    private static final Logger log = LoggerFactory.getLogger(RecoveredIndex.class);
    private static final String OFFSET_KEY = "offset:";
    private static final String SCHEMA_KEY = "schema";

    static RecoveredIndex open(Directory directory, String location) throws IOException {
        IndexWriter writer = openWriter(directory, location);
        Map<String, String> committed = new HashMap<>();
        writer.getLiveCommitData().forEach(e -> committed.put(e.getKey(), e.getValue()));
        if (writer.getDocStats().numDocs > 0 && !IndexSchema.VERSION.equals(committed.get(SCHEMA_KEY))) {
            // fields or analysis changed: the old index cannot answer the new queries, so the topic rebuilds it
            log.info("search index in {} has schema {}, this version writes {}: rebuilding it from the topic",
                    location, committed.get(SCHEMA_KEY), IndexSchema.VERSION);
            writer.deleteAll();
            committed.clear();
        }
        Map<TopicPartition, Long> offsets = new LinkedHashMap<>();
        committed.forEach((key, value) -> {
            if (key.startsWith(OFFSET_KEY)) {
                offsets.put(partition(key.substring(OFFSET_KEY.length())), Long.parseLong(value));
            }
        });
        return new RecoveredIndex(writer, offsets, enrichmentTimes(writer));
    }

    /** What a commit records beside the documents: the schema it was written with and the offsets read up to. */
    static Map<String, String> commitData(Map<TopicPartition, Long> offsets) {
        Map<String, String> userData = new LinkedHashMap<>();
        userData.put(SCHEMA_KEY, IndexSchema.VERSION);
        offsets.forEach((tp, offset) -> userData.put(OFFSET_KEY + tp.topic() + ":" + tp.partition(), String.valueOf(offset)));
        return userData;
    }

    /** An index written by another Lucene version or damaged is started afresh: the topic rebuilds it. */
    private static IndexWriter openWriter(Directory directory, String location) throws IOException {
        try {
            return new IndexWriter(directory, config(OpenMode.CREATE_OR_APPEND));
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            log.warn("search index in {} cannot be read ({}); starting an empty one, rebuilt from the topic", location,
                    e.getMessage());
            return new IndexWriter(directory, config(OpenMode.CREATE));
        }
    }

    private static IndexWriterConfig config(OpenMode mode) {
        return new IndexWriterConfig(TextAnalysis.indexAnalyzer()).setOpenMode(mode);
    }

    /** The enrichment time of every indexed document, from the markers. */
    private static Map<String, Long> enrichmentTimes(IndexWriter writer) throws IOException {
        Map<String, Long> enrichedAt = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
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
        }
        return enrichedAt;
    }

    private static TopicPartition partition(String key) {
        int colon = key.lastIndexOf(':');
        return new TopicPartition(key.substring(0, colon), Integer.parseInt(key.substring(colon + 1)));
    }
}
