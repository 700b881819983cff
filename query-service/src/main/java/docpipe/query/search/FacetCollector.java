package docpipe.query.search;

import docpipe.query.search.SearchResult.Count;
import docpipe.query.search.SearchResult.EntityCount;
import docpipe.query.search.SearchResult.Facets;
import docpipe.query.search.SearchResult.GoalCount;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Counts the facets of every paragraph a query matches, from the doc values of the index: each paragraph
 * counts once per theme, goal, entity, language and type it has. Counts are kept per segment ordinal
 * while collecting and turned into values when the collectors are reduced. Ordered most frequent first, ties by key.
 */
final class FacetCollector implements Collector {

    private final Map<String, Long> themes = new HashMap<>();
    private final Map<String, Long> sdgs = new HashMap<>();
    private final Map<String, Long> entityRefs = new HashMap<>();
    private final Map<String, Long> languages = new HashMap<>();
    private final Map<String, Long> types = new HashMap<>();
    /** What each segment counted, turned into values by {@link #flush}. */
    private final List<List<Flush>> segments = new ArrayList<>();
    private long total;

    private interface Flush {
        void run() throws IOException;
    }

    /** A manager for a searcher without an executor: one collector, whose facets are the result. */
    static CollectorManager<FacetCollector, FacetCollector> manager() {
        return new CollectorManager<>() {
            @Override
            public FacetCollector newCollector() {
                return new FacetCollector();
            }

            @Override
            public FacetCollector reduce(Collection<FacetCollector> collectors) throws IOException {
                FacetCollector all = new FacetCollector();
                for (FacetCollector c : collectors) {
                    c.flush();
                    all.total += c.total;
                    merge(all.themes, c.themes);
                    merge(all.sdgs, c.sdgs);
                    merge(all.entityRefs, c.entityRefs);
                    merge(all.languages, c.languages);
                    merge(all.types, c.types);
                }
                return all;
            }
        };
    }

    private void flush() throws IOException {
        for (List<Flush> segment : segments) {
            for (Flush f : segment) {
                f.run();
            }
        }
        segments.clear();
    }

    long total() {
        return total;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        var reader = context.reader();
        MultiValued theme = new MultiValued(DocValues.getSortedSet(reader, IndexSchema.THEME), themes);
        MultiValued sdg = new MultiValued(DocValues.getSortedSet(reader, IndexSchema.SDG), sdgs);
        MultiValued entity = new MultiValued(DocValues.getSortedSet(reader, IndexSchema.ENTITY_REF), entityRefs);
        SingleValued language = new SingleValued(DocValues.getSorted(reader, IndexSchema.LANGUAGE), languages);
        SingleValued type = new SingleValued(DocValues.getSorted(reader, IndexSchema.TYPE), types);
        segments.add(List.of(theme::finish, sdg::finish, entity::finish, language::finish, type::finish));
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
                // counts need no score
            }

            @Override
            public void collect(int doc) throws IOException {
                total++;
                theme.collect(doc);
                sdg.collect(doc);
                entity.collect(doc);
                language.collect(doc);
                type.collect(doc);
            }
        };
    }

    /** Counts of one multi-valued field in one segment, by ordinal. */
    private static final class MultiValued {
        private final SortedSetDocValues values;
        private final long[] counts;
        private final Map<String, Long> into;

        MultiValued(SortedSetDocValues values, Map<String, Long> into) {
            this.values = values;
            this.counts = new long[(int) values.getValueCount()];
            this.into = into;
        }

        void collect(int doc) throws IOException {
            if (values.advanceExact(doc)) {
                for (int i = 0; i < values.docValueCount(); i++) {
                    counts[(int) values.nextOrd()]++;
                }
            }
        }

        void finish() throws IOException {
            for (int ord = 0; ord < counts.length; ord++) {
                if (counts[ord] > 0) {
                    into.merge(values.lookupOrd(ord).utf8ToString(), counts[ord], Long::sum);
                }
            }
        }
    }

    /** Counts of one single-valued field in one segment, by ordinal. */
    private static final class SingleValued {
        private final SortedDocValues values;
        private final long[] counts;
        private final Map<String, Long> into;

        SingleValued(SortedDocValues values, Map<String, Long> into) {
            this.values = values;
            this.counts = new long[values.getValueCount()];
            this.into = into;
        }

        void collect(int doc) throws IOException {
            if (values.advanceExact(doc)) {
                counts[values.ordValue()]++;
            }
        }

        void finish() throws IOException {
            for (int ord = 0; ord < counts.length; ord++) {
                if (counts[ord] > 0) {
                    into.merge(values.lookupOrd(ord).utf8ToString(), counts[ord], Long::sum);
                }
            }
        }
    }

    /** The counted facets, at most {@code limit} values each. */
    Facets facets(int limit) {
        // entity values are "id, type, name": one id may come with different names, so count by id
        Map<String, Long> entities = new HashMap<>();
        Map<String, String[]> entityRef = new HashMap<>();
        entityRefs.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String[] ref = IndexSchema.entityRef(e.getKey());
            entities.merge(ref[0], e.getValue(), Long::sum);
            entityRef.putIfAbsent(ref[0], ref);
        });
        return new Facets(
                top(themes.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList(), limit,
                        Count::count, Count::id),
                top(sdgs.entrySet().stream().map(e -> new GoalCount(Integer.parseInt(e.getKey()), e.getValue())).toList(),
                        limit, GoalCount::count, g -> String.format("%02d", g.goal())),
                top(entities.entrySet().stream().map(e -> new EntityCount(e.getKey(), entityRef.get(e.getKey())[1],
                        entityRef.get(e.getKey())[2], e.getValue())).toList(), limit, EntityCount::count, EntityCount::id),
                top(languages.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList(), limit,
                        Count::count, Count::id),
                top(types.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList(), limit,
                        Count::count, Count::id));
    }

    /** Most frequent first, ties by key, so facets are stable whatever order they were counted in. */
    static <T> List<T> top(List<T> values, int limit, ToLongFunction<T> count, Function<T, String> key) {
        return values.stream()
                .sorted(Comparator.comparingLong(count).reversed().thenComparing(key))
                .limit(limit).toList();
    }

    private static void merge(Map<String, Long> into, Map<String, Long> from) {
        from.forEach((k, v) -> into.merge(k, v, Long::sum));
    }
}
