package docpipe.untext;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Dates as UN documents write them in the six languages: {@code 25 July 2025}, {@code July 25, 2025},
 * {@code le 1er juillet 2025}, {@code 25 de julio de 2025}, {@code 14 августа 2019 года}, {@code 14 آب/أغسطس 2019},
 * {@code 2025年7月25日}, and a month or a year alone ({@code June 2019}, {@code 2024 年 9 月}, {@code 2024 年}).
 * The month names are in {@code untext/months.tsv}, the words around the numbers in {@code untext/date-words.tsv}.
 */
public final class UnDates {

    private static final Pattern CHINESE = Pattern.compile(
            "(?<![\\d/])(\\d{4})\\s*年(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?)?");
    private static final Pattern BLANK = Pattern.compile("\\s+");
    private static final Pattern NOT_A_DATE_LINE = Pattern.compile("[^\\s\\p{IsPunctuation}]");

    private static final Map<String, Integer> MONTHS = readMonths();
    private static final Map<String, Set<String>> WORDS = readDateWords();
    /** The first word of every month name ("كانون" of "كانون الثاني"), for the cheap check before the patterns. */
    private static final Set<String> MONTH_WORDS = MONTHS.keySet().stream().map(n -> n.split(" ")[0])
            .collect(Collectors.toUnmodifiableSet());
    private static final int LONGEST_MONTH_WORD = MONTH_WORDS.stream().mapToInt(String::length).max().orElse(0);
    private static final Pattern DAY_MONTH_YEAR;
    private static final Pattern MONTH_DAY_YEAR;
    private static final Pattern MONTH_YEAR;

    static {
        String names = alternatives(MONTHS.keySet());
        // Arabic prints a month's two names, the Levantine one first: "14 آب/أغسطس 2019"; the last one is read.
        String month = "(?:(?:" + names + ")\\s*/\\s*)?(" + names + ")";
        String dayEnding = optional(WORDS.get("day-ending"), "");
        String beforeMonth = optional(WORDS.get("before-month"), "\\s+");
        String beforeYear = optional(WORDS.get("before-year"), "\\s+");
        String afterYear = WORDS.containsKey("after-year")
                ? "(?:\\s+(?:" + alternatives(WORDS.get("after-year")) + ")(?!\\p{L}))?" : "";
        String year = "(\\d{4})(?!\\d)";
        DAY_MONTH_YEAR = Pattern.compile("(?iu)(?<![\\p{L}\\d])(\\d{1,2})" + dayEnding + "\\s+" + beforeMonth + month
                + "\\s+" + beforeYear + year + afterYear);
        MONTH_DAY_YEAR = Pattern.compile("(?iu)(?<![\\p{L}\\d])(" + names + ")\\s+(\\d{1,2}),?\\s+" + year);
        MONTH_YEAR = Pattern.compile("(?iu)(?<![\\p{L}\\d])" + month + "\\s+" + beforeYear + year + afterYear);
    }

    private UnDates() {
    }

    /**
     * Every date written in the text, in order, at the precision written. Where two readings overlap the longer
     * one is kept ({@code 25 July 2025}, not {@code July 2025}); a day the month does not have is no date.
     */
    public static List<WrittenDate> find(String text) {
        if (text == null || !hasFourDigits(text)) {
            // Every date form has its year in four digits: most paragraphs are ruled out in one pass.
            return List.of();
        }
        var found = new ArrayList<WrittenDate>();
        if (text.indexOf('年') >= 0) {
            Matcher m = CHINESE.matcher(text);
            while (m.find()) {
                add(found, m, m.group(1), number(m.group(2)), number(m.group(3)));
            }
        }
        if (!namesAMonth(text)) {
            return withoutOverlaps(found);
        }
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(found, m, m.group(3), month(m.group(2)), number(m.group(1)));
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            add(found, m, m.group(3), month(m.group(1)), number(m.group(2)));
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(found, m, m.group(2), month(m.group(1)), null);
        }
        return withoutOverlaps(found);
    }

    /** The first full date (day, month and year) written in the text. */
    public static Optional<LocalDate> first(String text) {
        return firstFull(text).flatMap(WrittenDate::date);
    }

    /** Whether the line is nothing but a full date and punctuation (as printed under "Distr." or after "plenary meeting"). */
    public static boolean isDateLine(String line) {
        Optional<WrittenDate> date = firstFull(line);
        if (date.isEmpty()) {
            return false;
        }
        String rest = line.substring(0, date.get().start()) + line.substring(date.get().end());
        return !NOT_A_DATE_LINE.matcher(rest).find();
    }

    private static Optional<WrittenDate> firstFull(String text) {
        return find(text).stream().filter(d -> d.day() != null).findFirst();
    }

    private static void add(List<WrittenDate> found, Matcher m, String year, Integer month, Integer day) {
        int y = Integer.parseInt(year);
        if (month != null && (month < 1 || month > 12)) {
            return;
        }
        if (day != null && (month == null || !YearMonth.of(y, month).isValidDay(day))) {
            return;
        }
        found.add(new WrittenDate(m.start(), m.end(), y, month, day));
    }

    private static List<WrittenDate> withoutOverlaps(List<WrittenDate> found) {
        found.sort(Comparator.comparingInt(WrittenDate::start).thenComparing(d -> -(d.end() - d.start())));
        var kept = new ArrayList<WrittenDate>();
        for (WrittenDate d : found) {
            if (kept.isEmpty() || d.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(d);
            }
        }
        return List.copyOf(kept);
    }

    /** Whether a word of the text opens a month name: one pass over the text before the name patterns are tried. */
    private static boolean namesAMonth(String text) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start <= LONGEST_MONTH_WORD && MONTH_WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    private static boolean hasFourDigits(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    private static Integer month(String name) {
        return MONTHS.get(key(name));
    }

    private static Integer number(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }

    private static String key(String name) {
        return BLANK.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** A regex alternation of the forms, longest first so that "mayo" is not read as "may". */
    private static String alternatives(Set<String> forms) {
        return forms.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .map(f -> Pattern.quote(f).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
    }

    private static String optional(Set<String> forms, String followedBy) {
        return forms == null ? "" : "(?:(?:" + alternatives(forms) + ")" + followedBy + ")?";
    }

    private static Map<String, Integer> readMonths() {
        Map<String, Integer> months = new HashMap<>();
        for (String[] row : DataFile.rows("months.tsv", 13)) {
            for (int m = 1; m <= 12; m++) {
                for (String form : row[m].split("\\|")) {
                    if (!form.isBlank()) {
                        months.put(key(form), m);
                    }
                }
            }
        }
        return Map.copyOf(months);
    }

    private static Map<String, Set<String>> readDateWords() {
        Map<String, Set<String>> words = new HashMap<>();
        for (String[] row : DataFile.rows("date-words.tsv", 3)) {
            for (String form : row[2].split("\\|")) {
                if (!form.isBlank()) {
                    words.computeIfAbsent(row[1].strip(), k -> new LinkedHashSet<>()).add(key(form));
                }
            }
        }
        return Map.copyOf(words);
    }
}
