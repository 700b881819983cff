package docpipe.query.search;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Searches the index on the searcher of the moment, which {@link SearchIndex} refreshes as it writes: one page of
 * hits in the query's order and, when asked for, the facets of every match ({@link FacetCounts}).
 */
final class IndexSearch {

    private final ReferenceManager<IndexSearcher> searchers;

    IndexSearch(ReferenceManager<IndexSearcher> searchers) {
        this.searchers = searchers;
    }

    /** Makes each new searcher with what counting facets on its reader needs: the refresh pays, not the search. */
    static SearcherFactory searcherFactory() {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                return new FacetedSearcher(reader);
            }
        };
    }

    /** One page of ranked hits. */
    record Ranked(String documentId, int index, double score) {
    }

    /** What a search found: the total, the hits of the page and, when asked for, the facets of every match. */
    record Found(long total, List<Ranked> hits, SearchResult.Facets facets) {
    }

    /** The hits {@code [from, from + size)} of {@code query} in {@code sort} order; the facets too when facetSize > 0. */
    Found search(Query query, Sort sort, int from, int size, int facetSize) {
        try {
            FacetedSearcher searcher = (FacetedSearcher) searchers.acquire();
            try {
                int wanted = (int) Math.min((long) from + size, Math.max(1, searcher.getIndexReader().maxDoc()));
                TopFieldCollectorManager top = new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE, false);
                TopFieldDocs docs;
                SearchResult.Facets facets = null;
                if (facetSize > 0) {
                    Object[] results = searcher.search(query, new MultiCollectorManager(top, new FacetsCollectorManager()));
                    docs = (TopFieldDocs) results[0];
                    facets = FacetCounts.of(searcher.facets, (FacetsCollector) results[1], facetSize);
                } else {
                    docs = searcher.search(query, top);
                }
                return new Found(docs.totalHits.value, page(docs, from, sort), facets);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hits from {@code from} on, each with its document, paragraph index and (when ranked) rounded score. */
    private static List<Ranked> page(TopFieldDocs docs, int from, Sort sort) {
        boolean scored = sort.getSort()[0].getType() == SortField.Type.SCORE;
        List<Ranked> hits = new ArrayList<>();
        for (int i = from; i < docs.scoreDocs.length; i++) {
            ScoreDoc hit = docs.scoreDocs[i];
            Object[] fields = ((FieldDoc) hit).fields;
            int at = scored ? 1 : 0;
            double score = scored ? Math.round(((Float) fields[0]) * 1000) / 1000.0 : 0;
            hits.add(new Ranked(((BytesRef) fields[at]).utf8ToString(), ((Long) fields[at + 1]).intValue(), score));
        }
        return List.copyOf(hits);
    }

    /** A searcher with the facet ordinals of its reader, built once when the searcher is. */
    private static final class FacetedSearcher extends IndexSearcher {
        final SortedSetDocValuesReaderState facets;

        FacetedSearcher(IndexReader reader) throws IOException {
            super(reader);
            this.facets = FacetCounts.state(reader);
        }
    }
}
