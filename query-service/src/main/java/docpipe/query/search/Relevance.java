package docpipe.query.search;

import docpipe.query.text.Token;
import docpipe.query.text.Tokenizer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a paragraph that contains every query term. A BM25-style saturation of each term's frequency
 * with a length penalty (the store holds no corpus statistics, and with AND semantics every candidate
 * has every term, so inverse document frequency would not reorder much), plus a bonus when the query
 * occurs verbatim as a phrase.
 */
final class Relevance {

    private static final double K1 = 1.2;
    private static final double B = 0.5;
    private static final double AVERAGE_TOKENS = 80;
    private static final double PHRASE_BONUS = 1.0;

    private Relevance() {
    }

    static double score(String text, List<Token> tokens, List<String> queryTerms, String query) {
        Map<String, Integer> frequencies = new HashMap<>();
        for (Token token : tokens) {
            if (queryTerms.contains(token.term())) {
                frequencies.merge(token.term(), 1, Integer::sum);
            }
        }
        double lengthNorm = 1 - B + B * (tokens.size() / AVERAGE_TOKENS);
        double score = 0;
        for (String term : queryTerms) {
            int tf = frequencies.getOrDefault(term, 0);
            score += tf * (K1 + 1) / (tf + K1 * lengthNorm);
        }
        String phrase = Tokenizer.fold(query);
        if (queryTerms.size() > 1 && !phrase.isEmpty() && Tokenizer.fold(text).contains(phrase)) {
            score += PHRASE_BONUS * queryTerms.size();
        }
        return Math.round(score * 1000) / 1000.0;
    }
}
