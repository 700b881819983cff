package docpipe.parse.structure;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells which of the six UN languages a text is in: by script for Chinese, Russian and Arabic, and for
 * Latin script by counting the stop words of English, French and Spanish (listed in stopwords.tsv).
 */
final class LanguageGuesser {

    private final Map<String, List<String>> stopWords;

    LanguageGuesser(StructurePatterns patterns) {
        this.stopWords = patterns.stopWords();
    }

    String guess(String text) {
        int han = 0;
        int cyrillic = 0;
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(text.charAt(i));
            switch (s) {
                case HAN -> han++;
                case CYRILLIC -> cyrillic++;
                case ARABIC -> arabic++;
                case LATIN -> latin++;
                default -> {
                }
            }
        }
        // One Han character carries about as much text as three to four Latin letters.
        int hanWeighted = han * 3;
        int best = Math.max(Math.max(hanWeighted, cyrillic), Math.max(arabic, latin));
        if (best == 0) {
            return null;
        }
        if (best == hanWeighted) {
            return "zh";
        }
        if (best == cyrillic) {
            return "ru";
        }
        if (best == arabic) {
            return "ar";
        }
        return latinLanguage(text);
    }

    private String latinLanguage(String text) {
        Map<String, Integer> counts = new HashMap<>();
        String[] tokens = text.toLowerCase(Locale.ROOT).split("[^\\p{L}’']+");
        Map<String, List<String>> lookup = new HashMap<>();
        stopWords.forEach((language, words) -> words.forEach(w -> lookup.computeIfAbsent(w, k -> new java.util.ArrayList<>()).add(language)));
        for (String token : tokens) {
            for (String language : lookup.getOrDefault(token, List.of())) {
                counts.merge(language, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("en");
    }
}
