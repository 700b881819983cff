package docpipe.parse.structure;

import java.util.regex.Pattern;

/**
 * Removes the inline markup that text and HTML exports carry (bold and emphasis markers, links, tags
 * other than the {@code <sup>} of footnote marks, entities) and normalises whitespace, so that no marker
 * leaks into a paragraph's text.
 */
final class InlineMarkup {

    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=[^\\s*_])(.+?)(?<=[^\\s*_])\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\d*])\\*(?=[^\\s*\\d])([^*]+?)(?<=\\S)\\*(?![\\p{L}\\d*])");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern TAG = Pattern.compile("<(?!/?sup>)/?[a-zA-Z][^>]*>");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000\\u2007\\u202F\\uFEFF]+");

    private InlineMarkup() {
    }

    /** Whitespace normalised and trimmed; nothing else changed (used before furniture is recognised). */
    static String normalizeSpace(String line) {
        return SPACES.matcher(line).replaceAll(" ").strip();
    }

    static String clean(String line) {
        String s = STRONG.matcher(line).replaceAll("$2");
        s = STRONG.matcher(s).replaceAll("$2");
        s = EMPHASIS.matcher(s).replaceAll("$1");
        s = LINK.matcher(s).replaceAll("$1");
        s = TAG.matcher(s).replaceAll("");
        s = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
        return normalizeSpace(s);
    }
}
