package docpipe.enrich.entities;

import docpipe.enrich.text.DataFile;
import docpipe.enrich.text.NormalizedText;
import docpipe.enrich.text.RequiredWords;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds dates as the UN writes them ({@code 2025年7月25日}, {@code 25 July 2025}, {@code le 25 juillet
 * 2025}, {@code 25 de julio de 2025}, {@code 25 июля 2025 года}, {@code July 2025}, {@code 2024 年}) and
 * gives each an ISO 8601 id at the precision written: {@code date:2025-07-25}, {@code date:2025-07},
 * {@code date:2024}.
 */
final class DateRecognizer {

    private static final Pattern CHINESE = Pattern.compile(
            "(?<![\\d/])(\\d{4})\\s*年(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?)?");

    private final Map<String, Integer> months = new HashMap<>();
    private final Pattern dayMonthYear;
    private final Pattern monthDayYear;
    private final Pattern monthYear;
    private final RequiredWords monthNames;

    DateRecognizer() {
        for (String[] row : DataFile.rows("patterns/months.tsv")) {
            for (int m = 1; m < row.length && m <= 12; m++) {
                months.put(row[m].trim().toLowerCase(Locale.ROOT), m);
            }
        }
        monthNames = RequiredWords.parse(String.join("|", months.keySet()));
        String names = months.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
        dayMonthYear = Pattern.compile("(?iu)(?<![\\p{L}\\d])(\\d{1,2})(?:er)?\\s+(?:de\\s+)?(" + names
                + ")\\s+(?:de\\s+)?(\\d{4})(?!\\d)");
        monthDayYear = Pattern.compile("(?iu)(?<![\\p{L}])(" + names + ")\\s+(\\d{1,2}),\\s+(\\d{4})(?!\\d)");
        monthYear = Pattern.compile("(?iu)(?<![\\p{L}])(" + names + ")\\s+(?:de\\s+)?(\\d{4})(?!\\d)");
    }

    List<Candidate> find(NormalizedText normalized) {
        String text = normalized.original();
        var found = new ArrayList<Candidate>();
        if (normalized.folded().indexOf('年') >= 0) {
            Matcher m = CHINESE.matcher(text);
            while (m.find()) {
                add(found, m.start(), m.end(), m.group(1), m.group(2), m.group(3));
            }
        }
        if (!monthNames.foundIn(normalized)) {
            return found;
        }
        Matcher m = dayMonthYear.matcher(text);
        while (m.find()) {
            add(found, m.start(), m.end(), m.group(3), month(m.group(2)), m.group(1));
        }
        m = monthDayYear.matcher(text);
        while (m.find()) {
            add(found, m.start(), m.end(), m.group(3), month(m.group(1)), m.group(2));
        }
        m = monthYear.matcher(text);
        while (m.find()) {
            add(found, m.start(), m.end(), m.group(2), month(m.group(1)), null);
        }
        return found;
    }

    private String month(String name) {
        return String.valueOf(months.get(name.toLowerCase(Locale.ROOT)));
    }

    private static void add(List<Candidate> found, int start, int end, String year, String month, String day) {
        var iso = new StringBuilder(year);
        if (month != null) {
            int mm = Integer.parseInt(month);
            if (mm < 1 || mm > 12) {
                return;
            }
            iso.append(String.format("-%02d", mm));
            if (day != null) {
                int dd = Integer.parseInt(day);
                if (dd < 1 || dd > 31) {
                    return;
                }
                iso.append(String.format("-%02d", dd));
            }
        }
        found.add(new Candidate(start, end, "date:" + iso, "DATE", iso.toString(), null));
    }
}
