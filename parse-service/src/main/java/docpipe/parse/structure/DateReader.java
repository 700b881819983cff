package docpipe.parse.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds dates as UN documents print them in the six languages (month names from months.tsv). */
final class DateReader {

    private static final Pattern CJK_DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

    private final List<Pattern> dayMonthYear = new ArrayList<>();
    private final List<Pattern> monthDayYear = new ArrayList<>();
    private final List<List<String>> monthLists = new ArrayList<>();

    DateReader(StructurePatterns patterns) {
        for (Map.Entry<String, List<String>> e : patterns.months().entrySet()) {
            String alternatives = String.join("|", e.getValue());
            monthLists.add(e.getValue());
            // Arabic prints two names of a month, the Levantine before the other: "14 آب/أغسطس 2019".
            dayMonthYear.add(Pattern.compile("(?iu)(?<!\\d)(\\d{1,2})(?:er|º|o)?\\s+(?:de\\s+)?(?:\\p{IsArabic}+\\s*/\\s*)?(" + alternatives
                    + ")\\s+(?:de\\s+|del\\s+)?(\\d{4})"));
            monthDayYear.add(Pattern.compile("(?iu)\\b(" + alternatives + ")\\s+(\\d{1,2}),?\\s+(\\d{4})"));
        }
    }

    /** The first date in the text, or null. */
    LocalDate find(String text) {
        Matcher cjk = CJK_DATE.matcher(text);
        if (cjk.find()) {
            return date(cjk.group(1), cjk.group(2), cjk.group(3));
        }
        for (int i = 0; i < dayMonthYear.size(); i++) {
            Matcher m = dayMonthYear.get(i).matcher(text);
            if (m.find()) {
                return date(m.group(3), String.valueOf(month(i, m.group(2))), m.group(1));
            }
            m = monthDayYear.get(i).matcher(text);
            if (m.find()) {
                return date(m.group(3), String.valueOf(month(i, m.group(1))), m.group(2));
            }
        }
        return null;
    }

    /** Whether the line is nothing but a date (as printed under "Distr." or after "plenary meeting"). */
    boolean isDateLine(String line) {
        String rest = line;
        Matcher cjk = CJK_DATE.matcher(rest);
        if (cjk.find()) {
            rest = cjk.replaceFirst("");
        } else {
            boolean found = false;
            for (int i = 0; i < dayMonthYear.size() && !found; i++) {
                for (Pattern p : List.of(dayMonthYear.get(i), monthDayYear.get(i))) {
                    Matcher m = p.matcher(rest);
                    if (m.find()) {
                        rest = m.replaceFirst("");
                        found = true;
                        break;
                    }
                }
            }
            if (!found) {
                return false;
            }
        }
        return rest.replaceAll("[\\s,.\\p{IsPunctuation}]", "").isEmpty();
    }

    private int month(int list, String name) {
        List<String> names = monthLists.get(list);
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
