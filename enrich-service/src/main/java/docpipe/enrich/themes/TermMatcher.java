package docpipe.enrich.themes;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import docpipe.enrich.text.NormalizedText;
import docpipe.enrich.text.TextNormalizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the taxonomy's terms in a text with one Aho-Corasick automaton; entity terms ({@code @org:WHO})
 * are looked up in the text's entity ids instead. Immutable, thread-safe.
 */
final class TermMatcher {

    private final AhoCorasickDoubleArrayTrie<List<Term>> automaton = new AhoCorasickDoubleArrayTrie<>();
    private final Map<String, List<Term>> byEntity = new HashMap<>();

    TermMatcher(List<Term> terms) {
        var byForm = new TreeMap<String, List<Term>>();
        for (Term term : terms) {
            if (term.isEntity()) {
                byEntity.computeIfAbsent(term.entityId(), k -> new ArrayList<>()).add(term);
            } else {
                byForm.computeIfAbsent(TextNormalizer.fold(term.form()), k -> new ArrayList<>()).add(term);
            }
        }
        automaton.build(byForm);
    }

    /** Every term found in the text or among its entities, for the text's language. */
    List<Term> find(NormalizedText text, String language, Iterable<String> entityIds) {
        var found = new ArrayList<Term>();
        String folded = text.folded();
        automaton.parseText(folded, (begin, end, terms) -> {
            for (Term term : terms) {
                if (term.appliesTo(language) && bounded(folded, begin, end, term)
                        && (!term.caseSensitive() || text.cased().startsWith(term.form(), begin))) {
                    found.add(term);
                }
            }
        });
        for (String id : entityIds) {
            found.addAll(byEntity.getOrDefault(id, List.of()));
        }
        return found;
    }

    private static boolean bounded(String folded, int begin, int end, Term term) {
        if (TextNormalizer.isWordChar(folded.charAt(begin)) && begin > 0
                && TextNormalizer.isWordChar(folded.charAt(begin - 1))) {
            return false;
        }
        return term.prefix() || !TextNormalizer.isWordChar(folded.charAt(end - 1)) || end >= folded.length()
                || !TextNormalizer.isWordChar(folded.charAt(end));
    }
}
