package docpipe.query.search;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Facet;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import docpipe.query.documents.Views;
import docpipe.query.search.SearchResult.Count;
import docpipe.query.search.SearchResult.EntityCount;
import docpipe.query.search.SearchResult.Facets;
import docpipe.query.search.SearchResult.GoalCount;
import docpipe.query.search.SearchResult.Hit;
import docpipe.query.store.ReadModelCollections;
import docpipe.query.text.Token;
import docpipe.query.text.Tokenizer;
import docpipe.query.web.BadRequestException;
import docpipe.query.web.Paging;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Full-text search over paragraphs: every query term must be among the paragraph's indexed terms
 * ({@code $all} on a multikey-indexed array, which both real MongoDB and the embedded store serve),
 * the candidates (a few fields each) are ranked here, only the page's hits are read in full, and the
 * facets are counted from the candidates, or by one aggregation when there are more matches than candidates.
 */
@Component
class SearchService {

    private static final Comparator<Scored> RANKING = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparing(Scored::documentId).thenComparingInt(Scored::index);
    /** What ranking and facets need of a candidate; the page's hits are then read in full by id. */
    private static final Bson CANDIDATE_FIELDS = Projections.include("documentId", "index", "text", "themeIds",
            "sdgGoals", "entityRefs", "language", "type");
    private static final Bson HIT_FIELDS = Projections.exclude("terms", "themeIds", "sdgGoals", "entityIds",
            "entityTypes", "entityRefs");

    private final ReadModelCollections collections;
    private final SearchProperties properties;
    private final Tokenizer tokenizer = Tokenizer.standard();

    SearchService(ReadModelCollections collections, SearchProperties properties) {
        this.collections = collections;
        this.properties = properties;
    }

    SearchResult search(String query, Bson filters, Paging paging, boolean withFacets) {
        List<String> terms = terms(query, filters);
        Bson match = match(terms, filters);
        Candidates candidates = candidates(match);
        List<Scored> ranked = rank(candidates.paragraphs(), query, terms);
        int from = Math.min(paging.skip(), ranked.size());
        List<Hit> page = hits(ranked.subList(from, Math.min(from + paging.size(), ranked.size())), terms);
        // when every match was fetched, count and facet them here instead of scanning the collection again
        long total;
        Facets facets = null;
        if (candidates.complete()) {
            total = candidates.paragraphs().size();
            facets = withFacets ? FacetCounter.count(candidates.paragraphs(), properties.facetSize()) : null;
        } else if (withFacets) {
            Document counted = facetsAndTotal(match);
            total = totalOf(counted);
            facets = facetsOf(counted);
        } else {
            total = collections.paragraphs().countDocuments(match);
        }
        return new SearchResult(total, paging.page(), paging.size(), terms, page, facets);
    }

    /** Every hit in rank order, up to the candidate limit: for exports. */
    List<Hit> all(String query, Bson filters) {
        List<String> terms = terms(query, filters);
        return hits(rank(candidates(match(terms, filters)).paragraphs(), query, terms), terms);
    }

    /** Indexed terms through {@code $all}; a single CJK character (not indexed alone) through the text. */
    private static Bson match(List<String> terms, Bson filters) {
        List<Bson> conditions = new ArrayList<>();
        List<String> indexed = terms.stream().filter(t -> !Tokenizer.isSingleCharacter(t)).toList();
        if (!indexed.isEmpty()) {
            conditions.add(Filters.all("terms", indexed));
        }
        terms.stream().filter(Tokenizer::isSingleCharacter)
                .forEach(c -> conditions.add(Filters.regex("text", java.util.regex.Pattern.quote(c))));
        conditions.add(filters);
        return conditions.size() == 1 ? filters : Filters.and(conditions);
    }

    /** The query's terms; none when only filters are given, which lists the matching paragraphs in document order. */
    private List<String> terms(String query, Bson filters) {
        boolean filtered = !filters.toBsonDocument().isEmpty();
        if (query == null || query.isBlank()) {
            if (filtered) {
                return List.of();
            }
            throw new BadRequestException("q is required (the words or characters to search for) unless a filter is given");
        }
        if (query.length() > 500) {
            throw new BadRequestException("q must be at most 500 characters");
        }
        List<String> terms = tokenizer.queryTerms(query);
        if (terms.isEmpty()) {
            throw new BadRequestException("q '" + query + "' has no searchable term (only stop words or punctuation)");
        }
        return terms;
    }

    /** The matching paragraphs in document order, at most {@code maxCandidates}; complete when that was all of them. */
    private record Candidates(List<Document> paragraphs, boolean complete) {
    }

    private Candidates candidates(Bson match) {
        int limit = properties.maxCandidates();
        List<Document> paragraphs = collections.paragraphs().find(match)
                .projection(CANDIDATE_FIELDS)
                .sort(Sorts.ascending("documentId", "index"))
                .limit(limit + 1)
                .into(new ArrayList<>());
        boolean complete = paragraphs.size() <= limit;
        return new Candidates(complete ? paragraphs : paragraphs.subList(0, limit), complete);
    }

    /** A candidate with its relevance; the tokens are kept for the snippet. */
    private record Scored(Document paragraph, String documentId, int index, double score, List<Token> tokens) {
    }

    private List<Scored> rank(List<Document> paragraphs, String query, List<String> terms) {
        boolean characters = terms.stream().anyMatch(Tokenizer::isSingleCharacter);
        List<Scored> scored = new ArrayList<>(paragraphs.size());
        for (Document p : paragraphs) {
            String text = p.getString("text");
            List<Token> tokens = terms.isEmpty() ? List.of()
                    : characters ? tokenizer.tokensWithCharacters(text) : tokenizer.tokens(text);
            double score = terms.isEmpty() ? 0 : Relevance.score(text, tokens, terms, query);
            scored.add(new Scored(p, p.getString("documentId"), p.getInteger("index", 0), score, tokens));
        }
        scored.sort(RANKING);
        return scored;
    }

    /** The hits of {@code ranked}, in its order, with every field read from the store and a snippet. */
    private List<Hit> hits(List<Scored> ranked, List<String> terms) {
        if (ranked.isEmpty()) {
            return List.of();
        }
        Map<Object, Document> full = new HashMap<>();
        List<String> ids = ranked.stream()
                .map(s -> s.paragraph().get("_id") == null ? null : String.valueOf(s.paragraph().get("_id"))).toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            collections.paragraphs().find(Filters.in("_id", ids.subList(from, Math.min(from + 1000, ids.size()))))
                    .projection(HIT_FIELDS).forEach(p -> full.put(p.get("_id"), p));
        }
        List<Hit> hits = new ArrayList<>(ranked.size());
        for (Scored s : ranked) {
            Document p = full.getOrDefault(s.paragraph().get("_id"), s.paragraph());
            String text = p.getString("text");
            hits.add(new Hit(s.documentId(), p.getString("symbol"), p.getString("title"), p.getString("type"),
                    p.getString("language"), p.getString("date"), s.index(), p.getString("number"),
                    p.getString("kind"), p.getString("role"), p.getList("sectionPath", String.class, List.of()),
                    p.getInteger("page"), text, Snippets.snippet(text, s.tokens(), terms), s.score(),
                    Views.themeScores(p), Views.sdgScores(p), Views.mentions(p)));
        }
        return List.copyOf(hits);
    }

    /** Facets and the total counted by the store in one pass over every match, for results beyond the candidate limit. */
    private Document facetsAndTotal(Bson match) {
        Document result = collections.paragraphs().aggregate(List.of(
                Aggregates.match(match),
                Aggregates.facet(
                        new Facet("total", Aggregates.group(null, Accumulators.sum("count", 1))),
                        new Facet("themes", Aggregates.unwind("$themeIds"), Aggregates.sortByCount("$themeIds")),
                        new Facet("sdgs", Aggregates.unwind("$sdgGoals"), Aggregates.sortByCount("$sdgGoals")),
                        new Facet("entities", Aggregates.unwind("$entityRefs"),
                                Aggregates.group("$entityRefs.id",
                                        Accumulators.first("type", "$entityRefs.type"),
                                        Accumulators.first("name", "$entityRefs.name"),
                                        Accumulators.sum("count", 1)),
                                Aggregates.sort(Sorts.orderBy(Sorts.descending("count"), Sorts.ascending("_id"))),
                                Aggregates.limit(properties.facetSize())),
                        new Facet("languages", Aggregates.match(Filters.ne("language", null)),
                                Aggregates.sortByCount("$language")),
                        new Facet("types", Aggregates.match(Filters.ne("type", null)),
                                Aggregates.sortByCount("$type"))))).first();
        return result == null ? new Document() : result;
    }

    private static long totalOf(Document counted) {
        List<Document> total = counted.getList("total", Document.class, List.of());
        return total.isEmpty() ? 0 : count(total.get(0));
    }

    private Facets facetsOf(Document result) {
        int limit = properties.facetSize();
        return new Facets(
                FacetCounter.top(list(result, "themes").stream()
                        .map(d -> new Count(String.valueOf(d.get("_id")), count(d))).toList(), limit, Count::count, Count::id),
                FacetCounter.top(list(result, "sdgs").stream()
                        .map(d -> new GoalCount(((Number) d.get("_id")).intValue(), count(d))).toList(), limit,
                        GoalCount::count, g -> String.format("%02d", g.goal())),
                FacetCounter.top(list(result, "entities").stream()
                        .map(d -> new EntityCount(String.valueOf(d.get("_id")), d.getString("type"), d.getString("name"),
                                count(d))).toList(), limit, EntityCount::count, EntityCount::id),
                FacetCounter.top(list(result, "languages").stream()
                        .map(d -> new Count(String.valueOf(d.get("_id")), count(d))).toList(), limit, Count::count, Count::id),
                FacetCounter.top(list(result, "types").stream()
                        .map(d -> new Count(String.valueOf(d.get("_id")), count(d))).toList(), limit, Count::count, Count::id));
    }

    private static List<Document> list(Document result, String facet) {
        return result.getList(facet, Document.class, List.of());
    }

    private static long count(Document d) {
        return ((Number) d.get("count")).longValue();
    }
}
