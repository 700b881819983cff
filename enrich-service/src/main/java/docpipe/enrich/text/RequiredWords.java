package docpipe.enrich.text;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * Words one of which a folded text must contain before a costly pattern is tried on it (a cheap
 * pre-check, not the matching itself). An empty list lets every text through. The words are looked for
 * in one pass over the text (an Aho–Corasick automaton), however many there are: the month names of six
 * languages are more than a hundred.
 */
public final class RequiredWords {

    private final List<String> words;
    private final AhoCorasickDoubleArrayTrie<String> automaton;

    private RequiredWords(List<String> words) {
        this.words = words;
        if (words.isEmpty()) {
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
        if (automaton == null) {
            return true;
        }
        boolean[] found = {false};
        automaton.parseText(text.folded(), (begin, end, word) -> found[0] = true);
        return found[0];
    }
}
