package docpipe.untext;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which of the six UN languages a text is in (ISO 639-1: {@code ar}, {@code zh}, {@code en}, {@code es},
 * {@code fr}, {@code ru}): the script whose letters weigh most decides Chinese, Russian and Arabic, and for Latin
 * script the function words of English, French and Spanish decide ({@code untext/languages.tsv},
 * {@code untext/function-words.tsv}).
 *
 * <p>The contract: a guess is empty when the text does not tell, that is when it has no letter of a UN script
 * ({@code ""}, {@code "2015"}, {@code "—"}) or is Latin script without a single function word ({@code "UNICEF"}).
 * Nothing is made up: a caller that needs a language says what it does without one.
 */
public final class UnLanguages {

    private record Language(String code, UnicodeScript script, int weight) {
    }

    private static final List<Language> LANGUAGES = DataFile.rows("languages.tsv", 3).stream()
            .map(r -> new Language(r[0].strip(), UnicodeScript.valueOf(r[1].strip()), Integer.parseInt(r[2].strip())))
            .toList();
    private static final Map<String, List<String>> FUNCTION_WORDS = readFunctionWords();
    private static final Map<String, Set<String>> FUNCTION_WORD_SETS = FUNCTION_WORDS.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));

    private UnLanguages() {
    }

    /** The language of a text, or empty when the text does not tell (see the class comment). */
    public static Optional<String> guess(String text) {
        if (text == null) {
            return Optional.empty();
        }
        UnicodeScript script = dominantScript(text);
        if (script == null) {
            return Optional.empty();
        }
        List<String> sharing = LANGUAGES.stream().filter(l -> l.script() == script).map(Language::code).toList();
        return sharing.size() == 1 ? Optional.of(sharing.get(0)) : byFunctionWords(text, sharing);
    }

    /**
     * The language of a paragraph of a document in {@code declared}: the declared language unless the paragraph's
     * script contradicts it (an English paragraph in a Chinese document, an Arabic annex to an English letter), in
     * which case the paragraph's own guess. A paragraph with no letters ({@code "2015"}) keeps the declared
     * language; with no declared language this is {@link #guess}.
     */
    public static Optional<String> confirm(String declared, String text) {
        if (declared == null || declared.isBlank()) {
            return guess(text);
        }
        UnicodeScript script = text == null ? null : dominantScript(text);
        if (script == null || script == scriptOf(declared)) {
            return Optional.of(declared);
        }
        return guess(text);
    }

    /**
     * The language a text's script alone tells: Chinese, Russian or Arabic when most of its letters are in their
     * script; empty for Latin script (English, French and Spanish share it) and for text without letters. A short
     * query ({@code 议会}, {@code парламенты}) has no function words to go by, but its script still says this much.
     */
    public static Optional<String> byScript(String text) {
        UnicodeScript script = text == null ? null : dominantScript(text);
        if (script == null) {
            return Optional.empty();
        }
        List<String> sharing = LANGUAGES.stream().filter(l -> l.script() == script).map(Language::code).toList();
        return sharing.size() == 1 ? Optional.of(sharing.get(0)) : Optional.empty();
    }

    /** The UN languages, in the order of languages.tsv. */
    public static List<String> codes() {
        return LANGUAGES.stream().map(Language::code).toList();
    }

    /** The function words of a Latin-script UN language ({@code the}, {@code of}, {@code and} …); empty for the others. */
    public static List<String> functionWords(String language) {
        return language == null ? List.of() : FUNCTION_WORDS.getOrDefault(language, List.of());
    }

    private static UnicodeScript scriptOf(String language) {
        return LANGUAGES.stream().filter(l -> l.code().equals(language)).map(Language::script).findFirst().orElse(null);
    }

    /** The script of a UN language whose letters weigh most in the text, or null when it has none. */
    private static UnicodeScript dominantScript(String text) {
        int[] counts = new int[UnicodeScript.values().length];
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            counts[script(cp).ordinal()]++;
        }
        UnicodeScript best = null;
        int bestWeight = 0;
        for (Language l : LANGUAGES) {
            int weight = counts[l.script().ordinal()] * l.weight();
            if (weight > bestWeight) {
                best = l.script();
                bestWeight = weight;
            }
        }
        return best;
    }

    /** The script of a code point; ASCII and the CJK Unified Ideographs, most of a UN text, without the script table's binary search. */
    private static UnicodeScript script(int cp) {
        if (cp < 0x80) {
            return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' ? UnicodeScript.LATIN : UnicodeScript.COMMON;
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return UnicodeScript.HAN;
        }
        return UnicodeScript.of(cp);
    }

    /** The language whose function words the text uses most; ties go to the earlier language of languages.tsv. */
    private static Optional<String> byFunctionWords(String text, List<String> candidates) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        candidates.forEach(c -> counts.put(c, 0));
        for (String word : words(text)) {
            for (String language : candidates) {
                if (FUNCTION_WORD_SETS.getOrDefault(language, Set.of()).contains(word)) {
                    counts.merge(language, 1, Integer::sum);
                }
            }
        }
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The words of a text in lower case; a word written against the next one after an apostrophe (l'Union) ends in it. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean letter = i < lower.length() && Character.isLetter(lower.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                boolean elided = i < lower.length() && (lower.charAt(i) == '\'' || lower.charAt(i) == '’')
                        && i + 1 < lower.length() && Character.isLetter(lower.charAt(i + 1));
                words.add(elided ? lower.substring(start, i) + "'" : lower.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    private static Map<String, List<String>> readFunctionWords() {
        Map<String, List<String>> words = new LinkedHashMap<>();
        for (String[] row : DataFile.rows("function-words.tsv", 2)) {
            words.put(row[0].strip(), List.of(row[1].strip().split("\\s+")));
        }
        return Map.copyOf(words);
    }
}
