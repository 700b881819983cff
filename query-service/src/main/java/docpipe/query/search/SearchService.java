package docpipe.query.search;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import docpipe.query.documents.Views;
import docpipe.query.search.SearchResult.Hit;
import docpipe.query.store.ReadModelCollections;
import docpipe.query.web.Paging;
import docpipe.query.web.ParagraphFilter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Full-text search over paragraphs. The index ({@link IndexSearch}) finds every paragraph that matches the query (see
 * {@link IndexQuery}) and the filters, ranks them (BM25, plus a boost where the words occur as the query's phrase) and counts the
 * facets over all of them; only the paragraphs of the page are then read from MongoDB by {@code _id}, for the
 * hit and its snippet.
 */
@Component
class SearchService {

    private static final int READ_BATCH = 1000;
    private static final Bson HIT_FIELDS = Projections.exclude("entityIds", "footnotes");

    private final IndexSearch index;
    private final ReadModelCollections collections;
    private final SearchProperties properties;
    private final Highlights highlights = new Highlights();
    private final Timer withFacets;
    private final Timer withoutFacets;

    SearchService(IndexSearch index, ReadModelCollections collections, SearchProperties properties, MeterRegistry meters) {
        this.index = index;
        this.collections = collections;
        this.properties = properties;
        this.withFacets = timer(meters, "true");
        this.withoutFacets = timer(meters, "false");
    }

    private static Timer timer(MeterRegistry meters, String facets) {
        return Timer.builder("docpipe.search.duration").tag("facets", facets)
                .description("Time to answer a search: the index query, facets and reading the page's paragraphs")
                .publishPercentileHistogram().register(meters);
    }

    SearchResult search(String query, ParagraphFilter filter, Paging paging, boolean facets) {
        long start = System.nanoTime();
        IndexQuery parsed = IndexQuery.of(query, filter);
        IndexSearch.Found found = index.search(parsed.lucene(), parsed.sort(), paging.skip(), paging.size(),
                facets ? properties.facetSize() : 0);
        SearchResult result = new SearchResult(found.total(), paging.page(), paging.size(), parsed.terms(),
                hits(found.hits(), parsed), found.facets());
        (facets ? withFacets : withoutFacets).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        return result;
    }

    /** Every hit in rank order, up to {@code max-export}: for exports. */
    List<Hit> all(String query, ParagraphFilter filter) {
        IndexQuery parsed = IndexQuery.of(query, filter);
        return hits(index.search(parsed.lucene(), parsed.sort(), 0, properties.maxExport(), 0).hits(), parsed);
    }

    /**
     * The hits, in the index's order, read from the store by id with a snippet. A paragraph the index has and the
     * store not yet (the two are fed apart) is left out.
     */
    private List<Hit> hits(List<IndexSearch.Ranked> ranked, IndexQuery query) {
        if (ranked.isEmpty()) {
            return List.of();
        }
        Map<Object, Document> stored = new HashMap<>();
        List<String> ids = ranked.stream().map(r -> r.documentId() + ":" + r.index()).toList();
        for (int from = 0; from < ids.size(); from += READ_BATCH) {
            collections.paragraphs().find(Filters.in("_id", ids.subList(from, Math.min(from + READ_BATCH, ids.size()))))
                    .projection(HIT_FIELDS).forEach(p -> stored.put(p.get("_id"), p));
        }
        List<Hit> hits = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            IndexSearch.Ranked r = ranked.get(i);
            Document p = stored.get(ids.get(i));
            if (p == null) {
                continue;
            }
            String text = p.getString("text");
            hits.add(new Hit(r.documentId(), p.getString("symbol"), p.getString("title"), p.getString("type"),
                    p.getString("language"), p.getString("date"), r.index(), p.getString("number"),
                    p.getString("kind"), p.getString("role"), p.getList("sectionPath", String.class, List.of()),
                    p.getInteger("page"), text, highlights.snippet(text, p.getString("language"), query), r.score(),
                    Views.themeScores(p), Views.sdgScores(p), Views.mentions(p)));
        }
        return List.copyOf(hits);
    }
}
