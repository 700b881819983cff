package docpipe.query.search;

import docpipe.query.search.TextAnalysis.TextField;
import docpipe.untext.UnSymbols;
import docpipe.query.web.BadRequestException;
import docpipe.query.web.ParagraphFilter;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.util.QueryBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A search request as the index runs it. {@code q} is read by Lucene's simple query parser in the syntax users
 * know ({@code "a phrase"}, {@code OR}, {@code -excluded}, {@code prefix*}; every other word must occur), once per
 * text field with that field's analyzer, and a paragraph matches in its own field; the query's words as a phrase
 * score again, so exact sequences rank first. The filters are non-scoring clauses; hits come by relevance, or in
 * document order when only filters are given.
 *
 * @param terms   the terms the query searches for, as analyzed (empty when only filters are given)
 * @param byField the query's part that matches text, by text field: what the highlighter marks in a paragraph of
 *                that field (empty when only filters are given)
 * @param lucene  the whole query
 * @param sort    the order of the hits
 */
record IndexQuery(List<String> terms, Map<String, Query> byField, Query lucene, Sort sort) {

    private static final int MAX_QUERY_LENGTH = 500;
    private static final int MIN_PREFIX = 2;
    private static final Pattern OR = Pattern.compile("\\s+OR\\s+");
    private static final Pattern AND = Pattern.compile("\\s+AND\\s+");
    private static final Pattern NOT = Pattern.compile("(^|\\s)NOT\\s+");
    private static final Pattern PREFIX = Pattern.compile("(\\S*)\\*");
    /** Anything that makes {@code q} more than a list of words: quotes, operators, a sign before a word, a star. */
    private static final Pattern SYNTAX = Pattern.compile("[\"|*()~]|(^|\\s)[-+]|\\s(OR|AND)\\s|(^|\\s)NOT\\s");
    /** A UN symbol typed as the query: a series letter, a slash and more ({@code A/RES/76/270}, {@code S/2024/100}). */
    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z]{1,8}(\\.\\d+)?/\\S+");
    /** Paragraphs in the query's own script score this much more than the same match in another. */
    private static final float SAME_SCRIPT_BOOST = 1.5f;

    static IndexQuery of(String query, ParagraphFilter filter) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        Map<String, Query> byField = new LinkedHashMap<>();
        Query text = null;
        if (query != null && !query.isBlank()) {
            text = text(validated(query), filter.languages(), byField);
            builder.add(text, Occur.MUST);
        } else if (filter.isEmpty()) {
            throw new BadRequestException("q is required (the words or characters to search for) unless a filter is given");
        }
        filters(filter, builder);
        List<String> terms = text == null ? List.of() : terms(text);
        return new IndexQuery(terms, Map.copyOf(byField), builder.build(),
                text == null ? IndexSchema.IN_DOCUMENT_ORDER : IndexSchema.BY_RELEVANCE);
    }

    /** What the highlighter marks in a paragraph indexed in {@code field}; null when the query has no text there. */
    Query textIn(String field) {
        return byField.get(field);
    }

    private static String validated(String query) {
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new BadRequestException("q must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        if (query.chars().filter(c -> c == '"').count() % 2 != 0) {
            throw new BadRequestException("q '" + query + "' has a quote that is not closed");
        }
        Matcher prefix = PREFIX.matcher(query);
        while (prefix.find()) {
            String stem = prefix.group(1).replaceAll("^[-+(\"]+", "");
            if (stem.codePointCount(0, stem.length()) < MIN_PREFIX) {
                throw new BadRequestException("q '" + query + "': a prefix search needs at least " + MIN_PREFIX
                        + " characters before the *");
            }
        }
        return query;
    }

    /**
     * The query over every text field it may match in (the best field's score counts), and over the symbol when
     * {@code q} is one. Words that are all stop words in a language of the query's own script are refused.
     */
    private static Query text(String query, List<String> languages, Map<String, Query> byField) {
        String syntax = NOT.matcher(AND.matcher(OR.matcher(query).replaceAll(" | ")).replaceAll(" + "))
                .replaceAll("$1-");
        boolean plain = !SYNTAX.matcher(query).find();
        String stripped = query.strip();
        List<Query> perField = new ArrayList<>();
        if (plain && SYMBOL.matcher(stripped).matches()) {
            perField.add(new BoostQuery(new TermQuery(new Term(IndexSchema.SYMBOL, UnSymbols.key(stripped))), 4f));
        }
        for (TextField field : TextAnalysis.fieldsFor(languages, query)) {
            boolean sameScript = TextAnalysis.fieldFor(query, field.language) == field;
            Query q = parse(syntax, field.field, plain);
            if (q == null && sameScript && field != TextField.OTHER) {
                throw new BadRequestException("q '" + query + "' has no searchable term (only stop words or punctuation)");
            }
            if (q != null) {
                perField.add(sameScript ? new BoostQuery(q, SAME_SCRIPT_BOOST) : q);
                byField.put(field.field, q);
            }
        }
        if (perField.isEmpty()) {
            throw new BadRequestException("q '" + query + "' has no searchable term (only stop words or punctuation)");
        }
        return perField.size() == 1 ? perField.get(0) : new DisjunctionMaxQuery(perField, 0f);
    }

    /** The query in one field; with no syntax, the words as a phrase score again. Null when nothing is left. */
    private static Query parse(String query, String field, boolean plain) {
        SimpleQueryParser parser = new SimpleQueryParser(TextAnalysis.queryAnalyzer(), Map.of(field, 1f),
                SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.OR_OPERATOR
                        | SimpleQueryParser.PREFIX_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
                        | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.ESCAPE_OPERATOR
                        | SimpleQueryParser.WHITESPACE_OPERATOR);
        parser.setDefaultOperator(Occur.MUST);
        Query parsed = parser.parse(query);
        if (parsed == null || isEmpty(parsed)) {
            return null;
        }
        if (!plain) {
            return parsed;
        }
        Query phrase = new QueryBuilder(TextAnalysis.queryAnalyzer()).createPhraseQuery(field, query);
        if (phrase == null || phrase.equals(parsed)) {
            return parsed;
        }
        return new BooleanQuery.Builder().add(parsed, Occur.MUST).add(phrase, Occur.SHOULD).build();
    }

    private static boolean isEmpty(Query query) {
        // the parser answers a query with nothing left after analysis with MatchNoDocsQuery
        return query instanceof MatchNoDocsQuery || query instanceof BooleanQuery b && b.clauses().isEmpty();
    }

    /** The terms the query looks for, as analyzed in every field, without repeats. */
    private static List<String> terms(Query text) {
        Set<Term> found = new LinkedHashSet<>();
        text.visit(QueryVisitor.termCollector(found));
        Set<String> words = new LinkedHashSet<>();
        found.forEach(t -> words.add(t.text()));
        return List.copyOf(words);
    }

    /** The filters as non-scoring clauses: all of them must hold, any one of the given types and languages. */
    private static void filters(ParagraphFilter f, BooleanQuery.Builder builder) {
        if (f.symbolKey() != null) {
            builder.add(term(IndexSchema.SYMBOL, f.symbolKey()), Occur.FILTER);
        }
        if (f.documentId() != null) {
            builder.add(term(IndexSchema.DOCUMENT_ID, f.documentId()), Occur.FILTER);
        }
        anyOf(builder, IndexSchema.TYPE, f.types());
        anyOf(builder, IndexSchema.LANGUAGE, f.languages());
        f.themes().forEach(t -> builder.add(term(IndexSchema.THEME, t), Occur.FILTER));
        f.sdgs().forEach(g -> builder.add(term(IndexSchema.SDG, String.valueOf(g)), Occur.FILTER));
        f.entities().forEach(e -> builder.add(term(IndexSchema.ENTITY, e), Occur.FILTER));
        f.entityTypes().forEach(t -> builder.add(term(IndexSchema.ENTITY_TYPE, t), Occur.FILTER));
        if (f.dateFrom() != null || f.dateTo() != null) {
            // dates are ISO 8601 strings, so they compare in calendar order
            builder.add(TermRangeQuery.newStringRange(IndexSchema.DATE,
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
}
