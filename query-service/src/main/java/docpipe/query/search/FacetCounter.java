package docpipe.query.search;

import docpipe.query.search.SearchResult.Count;
import docpipe.query.search.SearchResult.EntityCount;
import docpipe.query.search.SearchResult.Facets;
import docpipe.query.search.SearchResult.GoalCount;
import org.bson.Document;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Counts the facets of a result from its paragraphs: each paragraph counts once per theme, goal,
 * entity, language and type it has. Ordered most frequent first, ties by key, like the store's facets.
 */
final class FacetCounter {

    private FacetCounter() {
    }

    static Facets count(List<Document> paragraphs, int limit) {
        Map<String, Long> themes = new HashMap<>();
        Map<Integer, Long> sdgs = new HashMap<>();
        Map<String, Long> entities = new HashMap<>();
        Map<String, Document> entityRefs = new LinkedHashMap<>();
        Map<String, Long> languages = new HashMap<>();
        Map<String, Long> types = new HashMap<>();
        for (Document p : paragraphs) {
            p.getList("themeIds", String.class, List.of()).forEach(t -> themes.merge(t, 1L, Long::sum));
            p.getList("sdgGoals", Integer.class, List.of()).forEach(g -> sdgs.merge(g, 1L, Long::sum));
            for (Document ref : p.getList("entityRefs", Document.class, List.of())) {
                entities.merge(ref.getString("id"), 1L, Long::sum);
                entityRefs.putIfAbsent(ref.getString("id"), ref);
            }
            if (p.getString("language") != null) {
                languages.merge(p.getString("language"), 1L, Long::sum);
            }
            if (p.getString("type") != null) {
                types.merge(p.getString("type"), 1L, Long::sum);
            }
        }
        return new Facets(
                top(themes.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList(), limit,
                        Count::count, Count::id),
                top(sdgs.entrySet().stream().map(e -> new GoalCount(e.getKey(), e.getValue())).toList(), limit,
                        GoalCount::count, g -> String.format("%02d", g.goal())),
                top(entities.entrySet().stream().map(e -> new EntityCount(e.getKey(),
                        entityRefs.get(e.getKey()).getString("type"), entityRefs.get(e.getKey()).getString("name"),
                        e.getValue())).toList(), limit, EntityCount::count, EntityCount::id),
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
}
