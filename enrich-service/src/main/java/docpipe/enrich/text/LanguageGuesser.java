package docpipe.enrich.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guesses which of the six UN languages a text is in: by script for Chinese, Russian and Arabic, by a
 * handful of function words for English, French and Spanish.
 */
public final class LanguageGuesser {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> LATIN_LANGUAGES = Set.of("en", "fr", "es");
    private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "et", "est", "une", "pour", "dans", "sur", "aux", "au");
    private static final Set<String> SPANISH = Set.of("el", "los", "las", "del", "y", "es", "una", "para", "con", "por", "en", "al");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "is", "for", "on", "with", "that", "by");

    private LanguageGuesser() {
    }

    public static String guess(String text) {
        int han = 0, cyrillic = 0, arabic = 0, latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            // ASCII and the CJK Unified Ideographs, most of a UN text, without the script table's binary search
            if (cp < 0x80) {
                if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
                    latin++;
                }
                continue;
            }
            if (cp >= 0x4E00 && cp <= 0x9FFF) {
                han++;
                continue;
            }
            switch (Character.UnicodeScript.of(cp)) {
                case HAN -> han++;
                case CYRILLIC -> cyrillic++;
                case ARABIC -> arabic++;
                case LATIN -> latin++;
                default -> { }
            }
        }
        int max = Math.max(Math.max(han * 3, cyrillic), Math.max(arabic, latin));
        if (max == 0) {
            return "en";
        }
        if (max == han * 3) {
            return "zh";
        }
        if (max == cyrillic) {
            return "ru";
        }
        if (max == arabic) {
            return "ar";
        }
        return guessLatin(text);
    }

    /**
     * The declared language of a text unless its script says otherwise: a Chinese, Russian or Arabic
     * declaration needs that script to dominate, a Latin-script one needs Latin script to dominate.
     */
    public static String confirm(String declared, String text) {
        if (declared == null || declared.isBlank()) {
            return guess(text);
        }
        String guessed = guess(text);
        boolean declaredLatin = LATIN_LANGUAGES.contains(declared);
        boolean guessedLatin = LATIN_LANGUAGES.contains(guessed);
        if (declaredLatin && guessedLatin || declared.equals(guessed)) {
            return declared;
        }
        return guessed;
    }

    private static String guessLatin(String text) {
        int en = 0, fr = 0, es = 0;
        var words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String w = words.group();
            if (ENGLISH.contains(w)) en++;
            if (FRENCH.contains(w)) fr++;
            if (SPANISH.contains(w)) es++;
        }
        if (fr > en && fr >= es) {
            return "fr";
        }
        if (es > en && es > fr) {
            return "es";
        }
        return "en";
    }
}
