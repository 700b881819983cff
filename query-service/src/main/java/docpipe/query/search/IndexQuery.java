package docpipe.query.search;

import docpipe.query.text.Token;
import docpipe.query.text.Tokenizer;
import docpipe.query.web.BadRequestException;
import docpipe.query.web.ParagraphFilter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;

import java.util.List;

/**
 * A search request as the index runs it: the query's terms (every one must occur), a phrase of them that
 * scores again where they occur in the query's order, the filters as non-scoring clauses, and the order of
 * the hits (by relevance; in document order when only filters are given).
 *
 * @param terms  the distinct terms of {@code q} (empty when only filters are given)
 * @param lucene the query
 * @param sort   the order of the hits
 */
record IndexQuery(List<String> terms, Query lucene, Sort sort) {

    private static final int MAX_QUERY_LENGTH = 500;
    private static final Tokenizer TOKENIZER = Tokenizer.standard();

    static IndexQuery of(String query, ParagraphFilter filter) {
        List<String> terms = terms(query, filter);
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (String term : terms) {
            // a single CJK character is not among the terms (bigrams only): it has a field of its own
            String field = Tokenizer.isSingleCharacter(term) ? SearchIndex.CHARACTERS : SearchIndex.TERMS;
            builder.add(new TermQuery(new Term(field, term)), Occur.MUST);
        }
        if (terms.size() > 1 && terms.stream().noneMatch(Tokenizer::isSingleCharacter)) {
            // the query's terms in its order, one position apart, score again: exact sequences rank first
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            List<Token> tokens = TOKENIZER.tokens(query);
            for (int position = 0; position < tokens.size(); position++) {
                phrase.add(new Term(SearchIndex.TERMS, tokens.get(position).term()), position);
            }
            builder.add(phrase.build(), Occur.SHOULD);
        }
        filters(filter, builder);
        return new IndexQuery(terms, builder.build(), terms.isEmpty() ? SearchIndex.IN_DOCUMENT_ORDER : SearchIndex.BY_RELEVANCE);
    }

    /** The filters as non-scoring clauses: all of them must hold, any one of the given types and languages. */
    private static void filters(ParagraphFilter f, BooleanQuery.Builder builder) {
        if (f.symbolKey() != null) {
            builder.add(term(SearchIndex.SYMBOL, f.symbolKey()), Occur.FILTER);
        }
        if (f.documentId() != null) {
            builder.add(term(SearchIndex.DOCUMENT_ID, f.documentId()), Occur.FILTER);
        }
        anyOf(builder, SearchIndex.TYPE, f.types());
        anyOf(builder, SearchIndex.LANGUAGE, f.languages());
        f.themes().forEach(t -> builder.add(term(SearchIndex.THEME, t), Occur.FILTER));
        f.sdgs().forEach(g -> builder.add(term(SearchIndex.SDG, String.valueOf(g)), Occur.FILTER));
        f.entities().forEach(e -> builder.add(term(SearchIndex.ENTITY, e), Occur.FILTER));
        f.entityTypes().forEach(t -> builder.add(term(SearchIndex.ENTITY_TYPE, t), Occur.FILTER));
        if (f.dateFrom() != null || f.dateTo() != null) {
            // dates are ISO 8601 strings, so they compare in calendar order
            builder.add(TermRangeQuery.newStringRange(SearchIndex.DATE,
                    f.dateFrom() == null ? null : f.dateFrom().toString(),
                    f.dateTo() == null ? null : f.dateTo().plusDays(1).toString(), true, false), Occur.FILTER);
        }
    }

    private static void anyOf(BooleanQuery.Builder builder, String field, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(term(field, v), Occur.SHOULD));
        builder.add(any.build(), Occur.FILTER);
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    /** The query's terms; none when only filters are given, which lists the matching paragraphs in document order. */
    private static List<String> terms(String query, ParagraphFilter filter) {
        if (query == null || query.isBlank()) {
            if (!filter.isEmpty()) {
                return List.of();
            }
            throw new BadRequestException("q is required (the words or characters to search for) unless a filter is given");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new BadRequestException("q must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        List<String> terms = TOKENIZER.queryTerms(query);
        if (terms.isEmpty()) {
            throw new BadRequestException("q '" + query + "' has no searchable term (only stop words or punctuation)");
        }
        return terms;
    }

}
