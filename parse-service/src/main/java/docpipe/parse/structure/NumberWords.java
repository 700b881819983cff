package docpipe.parse.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the ordinal words of a session ("Seventy-ninth", "soixante-dix-neuvième", "septuagésimo noveno",
 * "семьдесят девятая", "التاسعة والسبعون") as a number, from the word values in number-words.tsv.
 */
final class NumberWords {

    private record Word(Pattern pattern, int value) {
    }

    private final Map<String, List<Word>> words = new HashMap<>();

    NumberWords() {
        Map<String, List<String[]>> byLanguage = new HashMap<>();
        for (String[] row : StructurePatterns.rows("number-words.tsv", 3)) {
            for (String word : row[2].split("\\|")) {
                byLanguage.computeIfAbsent(row[0], k -> new ArrayList<>()).add(new String[] {word.strip(), row[1]});
            }
        }
        byLanguage.forEach((language, list) -> {
            // Longest first, so that "quatre-vingtième" is read before "vingtième".
            list.sort((a, b) -> b[0].length() - a[0].length());
            List<Word> compiled = new ArrayList<>();
            for (String[] w : list) {
                compiled.add(new Word(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(w[0]) + "(?![\\p{L}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), Integer.parseInt(w[1])));
            }
            words.put(language, compiled);
        });
    }

    /** The number the words spell, or null when some word is not a number word of that language. */
    Integer value(String printed, String language) {
        List<Word> list = words.get(language);
        if (list == null) {
            return null;
        }
        String rest = printed.toLowerCase(Locale.ROOT);
        int total = 0;
        boolean any = false;
        for (Word w : list) {
            Matcher m = w.pattern().matcher(rest);
            while (m.find()) {
                total += w.value();
                any = true;
                rest = rest.substring(0, m.start()) + " " + rest.substring(m.end());
                m = w.pattern().matcher(rest);
            }
        }
        return any && rest.replaceAll("[\\s\\-]", "").isEmpty() ? total : null;
    }
}
