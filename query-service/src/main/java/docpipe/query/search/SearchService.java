package docpipe.query.search;

import docpipe.events.DocumentId;
import docpipe.query.documents.Views;
import docpipe.query.search.SearchResult.Hit;
import docpipe.query.store.ParagraphId;
import docpipe.query.store.StoredDocuments;
import docpipe.query.store.StoredParagraph;
import docpipe.query.web.Paging;
import docpipe.query.web.ParagraphFilter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
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

    private final IndexSearch index;
    private final StoredDocuments store;
    private final SearchProperties properties;
    private final Highlights highlights = new Highlights();
    private final Timer withFacets;
    private final Timer withoutFacets;

    SearchService(IndexSearch index, StoredDocuments store, SearchProperties properties, MeterRegistry meters) {
        this.index = index;
        this.store = store;
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
        List<ParagraphId> ids = ranked.stream().map(r -> new ParagraphId(DocumentId.of(r.documentId()), r.index())).toList();
        Map<ParagraphId, StoredParagraph> stored = store.paragraphs(ids);
        List<Hit> hits = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            IndexSearch.Ranked r = ranked.get(i);
            StoredParagraph p = stored.get(ids.get(i));
            if (p == null) {
                continue;
            }
            StoredParagraph.Source d = p.source();
            hits.add(new Hit(r.documentId(), d.symbol(), d.title(), d.type(), d.language(), d.date(), r.index(),
                    p.number(), p.kind(), p.role(), p.sectionPath(), p.page(), p.text(),
                    highlights.snippet(p.text(), d.language(), query), r.score(),
                    Views.themeScores(p), Views.sdgScores(p), Views.mentions(p)));
        }
        return List.copyOf(hits);
    }
}
