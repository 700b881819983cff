package docpipe.query.search;

import docpipe.query.search.SearchResult.Count;
import docpipe.query.search.SearchResult.EntityCount;
import docpipe.query.search.SearchResult.Facets;
import docpipe.query.search.SearchResult.GoalCount;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The facets of every paragraph a query matches, counted by lucene-facet from the sorted-set doc values that
 * {@link IndexSchema#FACETS} writes: each paragraph counts once per theme, goal, entity, language and type it has.
 * Ordered most frequent first, ties by key.
 */
final class FacetCounts {

    private static final Facets NONE = new Facets(List.of(), List.of(), List.of(), List.of(), List.of());

    private FacetCounts() {
    }

    /**
     * What counting needs of one reader (the ordinals of every facet value across its segments); built once per
     * refresh, with the searcher. Null while no paragraph in the reader has a facet value.
     */
    static SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        FieldInfo field = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        return field == null ? null : new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.FACETS);
    }

    /** The counted facets of {@code matches}, at most {@code limit} values each. */
    static Facets of(SortedSetDocValuesReaderState state, FacetsCollector matches, int limit) throws IOException {
        if (state == null) {
            return NONE;
        }
        org.apache.lucene.facet.Facets counts = new SortedSetDocValuesFacetCounts(state, matches);
        List<EntityCount> entities = new ArrayList<>();
        for (LabelAndValue id : top(children(counts, IndexSchema.ENTITY), limit, v -> v.value.longValue(), v -> v.label)) {
            // an id found under several names: the first name in label order, so the answer does not vary
            String[] typeAndName = children(counts, IndexSchema.ENTITY, id.label).stream().map(v -> v.label).sorted()
                    .findFirst().orElse(String.valueOf(IndexSchema.LABEL_SEPARATOR))
                    .split(String.valueOf(IndexSchema.LABEL_SEPARATOR), -1);
            entities.add(new EntityCount(id.label, blankToNull(typeAndName[0]),
                    blankToNull(typeAndName.length > 1 ? typeAndName[1] : ""), id.value.longValue()));
        }
        return new Facets(
                top(children(counts, IndexSchema.THEME).stream().map(v -> new Count(v.label, v.value.longValue())).toList(),
                        limit, Count::count, Count::id),
                top(children(counts, IndexSchema.SDG).stream()
                        .map(v -> new GoalCount(Integer.parseInt(v.label), v.value.longValue())).toList(),
                        limit, GoalCount::count, g -> String.format("%02d", g.goal())),
                entities,
                top(children(counts, IndexSchema.LANGUAGE).stream().map(v -> new Count(v.label, v.value.longValue())).toList(),
                        limit, Count::count, Count::id),
                top(children(counts, IndexSchema.TYPE).stream().map(v -> new Count(v.label, v.value.longValue())).toList(),
                        limit, Count::count, Count::id));
    }

    /** Every counted value under {@code dim} (and {@code path}); empty when none of the matches has one. */
    private static List<LabelAndValue> children(org.apache.lucene.facet.Facets counts, String dim, String... path)
            throws IOException {
        FacetResult result;
        try {
            result = counts.getAllChildren(dim, path);
        } catch (IllegalArgumentException dimensionNotInIndex) {
            return List.of();
        }
        return result == null ? List.of() : Arrays.stream(result.labelValues).filter(v -> v.value.longValue() > 0).toList();
    }

    /** Most frequent first, ties by key, so facets are stable whatever order they were counted in. */
    static <T> List<T> top(List<T> values, int limit, ToLongFunction<T> count, Function<T, String> key) {
        return values.stream()
                .sorted(Comparator.comparingLong(count).reversed().thenComparing(key))
                .limit(limit).toList();
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
