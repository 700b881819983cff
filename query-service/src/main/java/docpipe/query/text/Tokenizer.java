package docpipe.query.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns text into the terms the search index stores and the query side looks for (the index takes these
 * tokens as they are, so both agree exactly): overlapping bigrams for runs of Han, kana and Hangul (a run of one
 * character is its own term); for every other script, words folded to lower case without accents, with a light plural
 * stemmer and without stop words. The same rules serve the index, the query, ranking and highlighting.
 */
public final class Tokenizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Tokenizer STANDARD = new Tokenizer(loadStopWords("/text/stopwords.txt"));

    private final Set<String> stopWords;

    Tokenizer(Set<String> stopWords) {
        this.stopWords = Set.copyOf(stopWords);
    }

    public static Tokenizer standard() {
        return STANDARD;
    }

    /** Every token of {@code text} with its offsets: CJK bigrams (a lone CJK character itself) and words. */
    public List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        scan(text, tokens, null);
        return tokens;
    }

    /** {@link #tokens} plus every single CJK character, to rank and highlight a query for one character. */
    public List<Token> tokensWithCharacters(String text) {
        List<Token> tokens = new ArrayList<>();
        scan(text, tokens, tokens);
        return tokens;
    }

    /** {@link #tokens} and, apart, every single CJK character of {@code text}: what the search index keeps. */
    public record Indexed(List<Token> terms, List<Token> characters) {
    }

    /** {@link #tokens} and the single CJK characters in one pass over the text. */
    public Indexed tokensAndCharacters(String text) {
        List<Token> terms = new ArrayList<>();
        List<Token> characters = new ArrayList<>();
        scan(text, terms, characters);
        return new Indexed(terms, characters);
    }

    /**
     * True for a term of one CJK character. The terms of a CJK run are its bigrams, so such a query term is
     * looked up among the single characters, which the search index keeps in a field of their own.
     */
    public static boolean isSingleCharacter(String term) {
        return term.codePointCount(0, term.length()) == 1 && isCjk(term.codePointAt(0));
    }

    /** The distinct terms to store for {@code text}. */
    public List<String> indexTerms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        for (Token token : tokens(text)) {
            terms.add(token.term());
        }
        return List.copyOf(terms);
    }

    /**
     * The distinct terms a query must match: a CJK run of two or more characters gives its bigrams
     * (so {@code 妇女议员} needs 妇女, 女议, 议员), a lone CJK character itself.
     */
    public List<String> queryTerms(String query) {
        List<Token> tokens = new ArrayList<>();
        scan(query, tokens, null);
        Set<String> terms = new LinkedHashSet<>();
        for (Token token : tokens) {
            terms.add(token.term());
        }
        return List.copyOf(terms);
    }

    /** The form of a whole text that phrase matching compares: folded like words, spaces collapsed. */
    public static String fold(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        return folded.replaceAll("\\s+", " ").strip();
    }

    /** Tokens into {@code out}; every single CJK character also into {@code characters} unless it is null. */
    private void scan(String text, List<Token> out, List<Token> characters) {
        if (text == null) {
            return;
        }
        int i = 0;
        int length = text.length();
        while (i < length) {
            int cp = text.codePointAt(i);
            if (isCjk(cp)) {
                int end = i;
                while (end < length && isCjk(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                cjkRun(text, i, end, out, characters);
                i = end;
            } else if (Character.isLetterOrDigit(cp)) {
                int end = i;
                while (end < length) {
                    int c = text.codePointAt(end);
                    if (isCjk(c) || !(Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK)) {
                        break;
                    }
                    end += Character.charCount(c);
                }
                String word = normaliseWord(text.substring(i, end));
                if (!word.isEmpty() && !stopWords.contains(word)) {
                    out.add(new Token(word, i, end));
                }
                i = end;
            } else {
                i += Character.charCount(cp);
            }
        }
    }

    private static void cjkRun(String text, int start, int end, List<Token> out, List<Token> characters) {
        List<int[]> chars = new ArrayList<>();
        for (int i = start; i < end; i += Character.charCount(text.codePointAt(i))) {
            chars.add(new int[] {i, i + Character.charCount(text.codePointAt(i))});
        }
        for (int k = 0; k < chars.size(); k++) {
            int[] c = chars.get(k);
            boolean lone = chars.size() == 1; // a lone character is a token itself
            if (lone || characters != null) {
                Token unigram = new Token(normaliseCjk(text.substring(c[0], c[1])), c[0], c[1]);
                if (characters != null) {
                    characters.add(unigram);
                }
                if (lone && characters != out) {
                    out.add(unigram);
                }
            }
            if (k + 1 < chars.size()) {
                int[] next = chars.get(k + 1);
                out.add(new Token(normaliseCjk(text.substring(c[0], next[1])), c[0], next[1]));
            }
        }
    }

    private static String normaliseCjk(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    static String normaliseWord(String word) {
        String w = Normalizer.normalize(word, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        w = MARKS.matcher(Normalizer.normalize(w, Normalizer.Form.NFD)).replaceAll("");
        return stem(w);
    }

    /** Folds regular plurals only, which is enough for "parliaments" to find "parliament" in en, fr and es. */
    static String stem(String w) {
        if (!w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return w;
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    static boolean isCjk(int cp) {
        // the common cases without the script table's binary search (a hot spot when indexing)
        if (cp < 0x1100) { // below Hangul Jamo: no CJK script
            return false;
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    private static Set<String> loadStopWords(String resource) {
        try (InputStream in = Tokenizer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            Set<String> words = new LinkedHashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
