package docpipe.enrich.themes;

import docpipe.enrich.text.TextNormalizer;

import java.util.HashMap;
import java.util.Map;

/**
 * The words a linear SDG model reads in a folded text, the same at training and at tagging time: for
 * alphabetic scripts each word (cut to its first {@code prefixLength} letters, a crude stemmer that serves
 * French, Spanish and Russian endings alike) and each pair of adjacent words; for Chinese (no spaces
 * between words) each character and each pair of adjacent characters. Digits are left out: a goal named by
 * number is the mention rules' job. Plain Java, stateless.
 */
public final class SdgFeatures {

    private static final char TATWEEL = '\u0640';

    private SdgFeatures() {
    }

    /** Feature counts of a text already folded by {@link TextNormalizer} (lower case, NFKC). */
    public static Map<String, Integer> count(String folded, int prefixLength) {
        var counts = new HashMap<String, Integer>();
        String previousWord = null;
        var word = new StringBuilder();
        int previousCjk = -1;
        for (int i = 0; i <= folded.length(); ) {
            int cp = i < folded.length() ? folded.codePointAt(i) : ' ';
            i += Character.charCount(cp);
            if (cp == TATWEEL || Character.getType(cp) == Character.NON_SPACING_MARK) {
                continue; // Arabic elongation and vowel marks do not change the word
            }
            boolean cjk = Character.isLetter(cp) && TextNormalizer.isCjk(cp);
            if (Character.isLetter(cp) && !cjk) {
                word.appendCodePoint(cp);
                continue;
            }
            if (!word.isEmpty()) {
                String w = stem(word.toString(), prefixLength);
                add(counts, w);
                if (previousWord != null) {
                    add(counts, previousWord + " " + w);
                }
                previousWord = w;
                word.setLength(0);
            }
            if (cjk) {
                add(counts, new String(Character.toChars(cp)));
                if (previousCjk >= 0) {
                    add(counts, new String(Character.toChars(previousCjk)) + new String(Character.toChars(cp)));
                }
                previousCjk = cp;
                previousWord = null;
            } else {
                previousCjk = -1;
                if (!Character.isWhitespace(cp)) {
                    previousWord = null; // punctuation and digits end a phrase
                }
            }
        }
        return counts;
    }

    private static String stem(String word, int prefixLength) {
        if (word.length() > 4 && word.startsWith("ال")) {
            word = word.substring(2); // the Arabic article is written joined to its noun
        }
        return prefixLength > 0 && word.length() > prefixLength ? word.substring(0, prefixLength) : word;
    }

    private static void add(Map<String, Integer> counts, String feature) {
        counts.merge(feature, 1, Integer::sum);
    }
}
