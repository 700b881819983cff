package docpipe.enrich.text;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * Words one of which a folded text must contain before a costly pattern is tried on it (a cheap
 * pre-check, not the matching itself). An empty list lets every text through. A few words are looked for
 * one by one ({@link String#contains}, fast on short lists); many, like the month names of six languages,
 * in one pass over the text with an Aho–Corasick automaton.
 */
public final class RequiredWords {

    /** From this many words on, one automaton pass beats a {@code contains} per word (the enrich benchmarks). */
    private static final int AUTOMATON_FROM = 16;

    private final List<String> words;
    private final AhoCorasickDoubleArrayTrie<String> automaton;

    private RequiredWords(List<String> words) {
        this.words = words;
        if (words.size() < AUTOMATON_FROM) {
            automaton = null;
        } else {
            TreeMap<String, String> keys = new TreeMap<>();
            words.forEach(w -> keys.put(w, w));
            automaton = new AhoCorasickDoubleArrayTrie<>();
            automaton.build(keys);
        }
    }

    public static RequiredWords parse(String column) {
        return new RequiredWords(Arrays.stream(column == null ? new String[0] : column.split("\\|"))
                .map(String::strip).filter(w -> !w.isEmpty()).map(TextNormalizer::fold).distinct().toList());
    }

    public List<String> words() {
        return words;
    }

    public boolean foundIn(NormalizedText text) {
        if (words.isEmpty()) {
            return true;
        }
        if (automaton == null) {
            String folded = text.folded();
            for (String word : words) {
                if (folded.contains(word)) {
                    return true;
                }
            }
            return false;
        }
        boolean[] found = {false};
        automaton.parseText(text.folded(), (begin, end, word) -> found[0] = true);
        return found[0];
    }
}
