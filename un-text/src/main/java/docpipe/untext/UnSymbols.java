package docpipe.untext;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UN document symbols in the one form every service writes and compares: the symbol as the UN writes it in
 * English, without spaces ({@code S/RES/1325 (2000)} → {@code S/RES/1325(2000)}, {@code A/RES/44/192 A} →
 * {@code A/RES/44/192A}, {@code ａ/ｒｅｓ/７６/２７０} → {@code A/RES/76/270}), capitals everywhere except the
 * parts the UN writes in mixed case ({@code Add.1}, {@code Rev.2}, {@code Corr.1}: see
 * {@code untext/symbol-mixed-case-parts.tsv}).
 *
 * <p>parse writes a document's own symbol with {@link #normalize}, enrich makes {@code doc:} ids with it, and
 * query compares with {@link #key}, so that a reference and the stored document it cites meet.
 */
public final class UnSymbols {

    private static final String LOOK_ALIKES = "АВСЕНКМОРТХΑΒΕΗΚΜΝΟΡΤΧ";
    private static final String LATIN = "ABCEHKMOPTXABEHKMNOPTX";
    private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern BRACKET = Pattern.compile("^([^(]*)\\(([^)]*)\\)(.*)$");
    private static final Pattern PART_WITH_NUMBER = Pattern.compile("(?i)^([a-z]+)(\\..*)?$");
    private static final Map<String, String> MIXED_CASE = readMixedCaseParts();

    private UnSymbols() {
    }

    /**
     * The normalised symbol of a printed one, or null when nothing is left. Accepts a {@code doc:} id, full-width
     * characters, spaces and line breaks inside the symbol, and the punctuation of the sentence around it.
     */
    public static String normalize(String printed) {
        if (printed == null) {
            return null;
        }
        String s = Normalizer.normalize(printed, Normalizer.Form.NFKC).strip();
        if (s.regionMatches(true, 0, "doc:", 0, 4)) {
            s = s.substring(4);
        }
        s = trimSentencePunctuation(latin(SPACE.matcher(s).replaceAll("")));
        if (s.isEmpty()) {
            return null;
        }
        var out = new StringBuilder(s.length());
        for (String part : s.split("/", -1)) {
            if (!out.isEmpty()) {
                out.append('/');
            }
            out.append(casePart(part));
        }
        return out.toString();
    }

    /** The comparison key: the normalised symbol in capitals, so a search for {@code a/hrc/59/15/add.1} finds it. */
    public static String key(String printed) {
        String normalized = normalize(printed);
        return normalized == null ? null : normalized.toUpperCase(Locale.ROOT);
    }

    /** The {@code doc:} entity id of a symbol, as enrich writes it. */
    public static String documentId(String printed) {
        String normalized = normalize(printed);
        return normalized == null ? null : "doc:" + normalized;
    }

    private static String casePart(String part) {
        Matcher bracket = BRACKET.matcher(part);
        if (bracket.matches()) {
            // A/78/6(Sect.3)/Add.1, A/RES/1874(S-IV): the bracket is cased as a part of its own.
            return casePart(bracket.group(1)) + "(" + casePart(bracket.group(2)) + ")" + casePart(bracket.group(3));
        }
        if (part.isEmpty()) {
            return part;
        }
        Matcher m = PART_WITH_NUMBER.matcher(part);
        if (m.matches()) {
            String canonical = MIXED_CASE.get(m.group(1).toLowerCase(Locale.ROOT));
            if (canonical != null) {
                return canonical + (m.group(2) == null ? "" : m.group(2).toUpperCase(Locale.ROOT));
            }
        }
        return part.toUpperCase(Locale.ROOT);
    }

    /** Symbols are Latin: a Cyrillic or Greek capital that looks like a Latin one (Russian "44/192 А") is that letter. */
    private static String latin(String s) {
        var out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int k = LOOK_ALIKES.indexOf(c);
            out.append(k >= 0 ? LATIN.charAt(k) : c);
        }
        return out.toString();
    }

    /** A symbol at the end of a sentence or in brackets takes the full stop, comma or closing bracket with it. */
    private static String trimSentencePunctuation(String s) {
        int start = 0;
        while (start < s.length() && "(\"“«".indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        int end = s.length();
        while (end > start) {
            char c = s.charAt(end - 1);
            String kept = s.substring(start, end);
            if (".,;:*\"”»".indexOf(c) >= 0 || c == ')' && count(kept, '(') < count(kept, ')')) {
                end--;
            } else {
                break;
            }
        }
        return s.substring(start, end);
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    private static Map<String, String> readMixedCaseParts() {
        var parts = new HashMap<String, String>();
        for (String[] row : DataFile.rows("symbol-mixed-case-parts.tsv", 1)) {
            String part = row[0].strip();
            parts.put(part.toLowerCase(Locale.ROOT), part);
        }
        return Map.copyOf(parts);
    }
}
