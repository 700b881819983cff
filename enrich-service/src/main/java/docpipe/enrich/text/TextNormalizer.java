package docpipe.enrich.text;

import java.text.Normalizer;

/**
 * Folds text for dictionary matching while keeping offsets into the original: full-width forms become
 * half-width (NFKC), Latin letters lower case, typographic dashes and apostrophes plain, whitespace runs
 * one space, whitespace next to a CJK character or before a word-joining hyphen disappears ({@code 2030 年} matches {@code 2030年}).
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static NormalizedText normalize(String text) {
        var folded = new StringBuilder(text.length());
        var cased = new StringBuilder(text.length());
        int[] origins = new int[text.length() * 2 + 8];
        int n = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (isSpace(cp)) {
                int next = skipSpaces(text, i);
                boolean cjkBefore = cased.length() > 0 && isCjk(cased.codePointBefore(cased.length()));
                boolean cjkAfter = next < text.length() && isCjk(text.codePointAt(next));
                boolean atEdge = cased.length() == 0 || next >= text.length();
                if (!cjkBefore && !cjkAfter && !atEdge && !brokenHyphen(cased, text, next)) {
                    origins = ensure(origins, n + 1);
                    folded.append(' ');
                    cased.append(' ');
                    origins[n++] = i;
                }
                i = next;
                continue;
            }
            if (cp == '\u00AD') {
                i += width;
                continue;
            }
            if (cp < 0x80 || (cp >= 0x4E00 && cp <= 0x9FFF)) {
                // ASCII and the CJK unified ideographs are NFKC-stable: the common case, without allocation.
                origins = ensure(origins, n + 1);
                cased.append((char) cp);
                folded.append(cp < 0x80 ? Character.toLowerCase((char) cp) : (char) cp);
                origins[n++] = i;
                i += width;
                continue;
            }
            String form = fold(cp);
            for (int k = 0; k < form.length(); k++) {
                char c = form.charAt(k);
                origins = ensure(origins, n + 1);
                cased.append(c);
                folded.append(Character.toLowerCase(c));
                origins[n++] = i;
            }
            i += width;
        }
        return new NormalizedText(text, folded.toString(), cased.toString(), origins);
    }

    /** The folded form of a dictionary term, the same folding as the text it is matched against. */
    public static String fold(String term) {
        return normalize(term).folded();
    }

    public static boolean isCjk(int cp) {
        // the common cases without the script table's binary search (5 % of enrich in its profile)
        if (cp < 0x1100) { // below Hangul Jamo: no CJK script, and below both ranges of punctuation
            return false;
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) { // CJK Unified Ideographs
            return true;
        }
        var script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF && !Character.isLetterOrDigit(cp));
    }

    /** A letter or digit that is not CJK: such characters must not continue a Latin-script match. */
    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && !isCjk(c);
    }

    private static String fold(int cp) {
        switch (cp) {
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> {
                return "-";
            }
            case '\u2018', '\u2019', '\u02BC', '\u00B4' -> {
                return "'";
            }
            case '\u201C', '\u201D' -> {
                return "\"";
            }
            default -> {
                return Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
            }
        }
    }

    /** PDF extraction leaves "Counter -Terrorism", "decision -making": a space before a word-joining hyphen. */
    private static boolean brokenHyphen(StringBuilder before, String text, int next) {
        return Character.isLetter(before.charAt(before.length() - 1)) && next + 1 < text.length()
                && (text.charAt(next) == '-' || text.charAt(next) == '\u2010') && Character.isLetter(text.charAt(next + 1));
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\u200B';
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && isSpace(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    private static int[] ensure(int[] origins, int size) {
        if (size <= origins.length) {
            return origins;
        }
        var grown = new int[Math.max(size, origins.length * 2)];
        System.arraycopy(origins, 0, grown, 0, origins.length);
        return grown;
    }
}
