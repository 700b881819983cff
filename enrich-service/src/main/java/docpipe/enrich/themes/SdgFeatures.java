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

    /**
     * Receives the features of a text as often as they occur: words and pairs of adjacent words, Chinese
     * characters (as code points, no string needed) and pairs of adjacent characters. A pair comes right
     * after the single of its second part, so a reader may remember what it found for the last two singles
     * instead of looking the first part up again.
     */
    public interface Sink {

        void word(String word);

        void wordPair(String first, String second);

        void character(int codePoint);

        void characterPair(int first, int second);
    }

    /** Feature counts of a text already folded by {@link TextNormalizer} (lower case, NFKC), by feature name. */
    public static Map<String, Integer> count(String folded, int prefixLength) {
        var counts = new HashMap<String, Integer>();
        forEach(folded, prefixLength, new Sink() {
            @Override
            public void word(String word) {
                counts.merge(word, 1, Integer::sum);
            }

            @Override
            public void wordPair(String first, String second) {
                counts.merge(first + " " + second, 1, Integer::sum);
            }

            @Override
            public void character(int codePoint) {
                counts.merge(Character.toString(codePoint), 1, Integer::sum);
            }

            @Override
            public void characterPair(int first, int second) {
                counts.merge(Character.toString(first) + Character.toString(second), 1, Integer::sum);
            }
        });
        return counts;
    }

    /** Each feature occurrence of a folded text, in reading order. */
    public static void forEach(String folded, int prefixLength, Sink counts) {
        String previousWord = null;
        var word = new StringBuilder();
        int previousCharacter = -1;
        for (int i = 0; i <= folded.length(); ) {
            int cp = i < folded.length() ? folded.codePointAt(i) : ' ';
            i += Character.charCount(cp);
            // the common ideographs first: a Chinese text is mostly them, and they need no other test
            boolean cjk = cp >= 0x4E00 && cp <= 0x9FFF;
            if (!cjk && (cp == TATWEEL || Character.getType(cp) == Character.NON_SPACING_MARK)) {
                continue; // Arabic elongation and vowel marks do not change the word
            }
            cjk = cjk || Character.isLetter(cp) && TextNormalizer.isCjk(cp);
            if (Character.isLetter(cp) && !cjk) {
                word.appendCodePoint(cp);
                continue;
            }
            if (!word.isEmpty()) {
                String w = stem(word.toString(), prefixLength);
                counts.word(w);
                if (previousWord != null) {
                    counts.wordPair(previousWord, w);
                }
                previousWord = w;
                word.setLength(0);
            }
            if (cjk) {
                counts.character(cp);
                if (previousCharacter >= 0) {
                    counts.characterPair(previousCharacter, cp);
                }
                previousCharacter = cp;
                previousWord = null;
            } else {
                previousCharacter = -1;
                if (!Character.isWhitespace(cp)) {
                    previousWord = null; // punctuation and digits end a phrase
                }
            }
        }
    }

    private static String stem(String word, int prefixLength) {
        if (word.length() > 4 && word.startsWith("ال")) {
            word = word.substring(2); // the Arabic article is written joined to its noun
        }
        return prefixLength > 0 && word.length() > prefixLength ? word.substring(0, prefixLength) : word;
    }

}
