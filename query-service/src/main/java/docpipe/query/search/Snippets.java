package docpipe.query.search;

import docpipe.query.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts the part of a paragraph that shows the most query terms and marks them with {@code <em>}.
 * The text is HTML-escaped, so the snippet can be put into a page as it is.
 */
final class Snippets {

    static final int WINDOW = 160;
    private static final int LEAD = 40;

    private Snippets() {
    }

    static String snippet(String text, List<Token> tokens, List<String> queryTerms) {
        if (text == null) {
            return "";
        }
        List<int[]> spans = merge(tokens.stream().filter(t -> queryTerms.contains(t.term()))
                .map(t -> new int[] {t.start(), t.end()}).sorted(Comparator.comparingInt((int[] s) -> s[0])).toList());
        int start = bestStart(text, spans);
        int end = Math.min(text.length(), start + WINDOW);
        StringBuilder out = new StringBuilder();
        if (start > 0) {
            out.append('…');
        }
        int at = start;
        for (int[] span : spans) {
            int s = Math.max(span[0], start);
            int e = Math.min(span[1], end);
            if (s >= e) {
                continue;
            }
            out.append(escape(text.substring(at, s))).append("<em>").append(escape(text.substring(s, e))).append("</em>");
            at = e;
        }
        out.append(escape(text.substring(at, end)));
        if (end < text.length()) {
            out.append('…');
        }
        return out.toString().strip();
    }

    /** The window start, among those leading into a match, that covers the most matches. */
    private static int bestStart(String text, List<int[]> spans) {
        if (spans.isEmpty() || text.length() <= WINDOW) {
            return 0;
        }
        int best = 0;
        int bestCount = -1;
        for (int[] span : spans) {
            int start = Math.max(0, Math.min(span[0] - LEAD, text.length() - WINDOW));
            int count = 0;
            for (int[] other : spans) {
                if (other[0] >= start && other[1] <= start + WINDOW) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = start;
                bestCount = count;
            }
        }
        return snapToWord(text, best);
    }

    private static int snapToWord(String text, int start) {
        int s = start;
        while (s > 0 && s < text.length() && s - start < 15
                && Character.isLetterOrDigit(text.charAt(s - 1)) && Character.isLetterOrDigit(text.charAt(s))
                && text.charAt(s) < 0x2E80) {
            s++;
        }
        return s - start < 15 ? s : start;
    }

    private static List<int[]> merge(List<int[]> sorted) {
        List<int[]> merged = new ArrayList<>();
        for (int[] span : sorted) {
            if (!merged.isEmpty() && span[0] <= merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], span[1]);
            } else {
                merged.add(new int[] {span[0], span[1]});
            }
        }
        return merged;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
