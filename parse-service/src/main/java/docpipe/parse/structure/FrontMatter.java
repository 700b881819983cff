package docpipe.parse.structure;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds where a document's body begins, after its masthead (symbol, session, agenda item, title, type):
 * at a resolution's enacting formula ("The General Assembly,"), a first chapter heading ("I.", "一."),
 * a summary, or the first numbered paragraph.
 */
final class FrontMatter {

    private final StructurePatterns patterns;

    FrontMatter(StructurePatterns patterns) {
        this.patterns = patterns;
    }

    int bodyStart(List<Line> lines, String language) {
        int limit = Math.max(60, lines.size() / 2);
        for (int i = 0; i < Math.min(limit, lines.size()); i++) {
            String text = lines.get(i).text().replaceFirst("^#{1,6}\\s+", "");
            Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            if (patterns.matches("enacting-formula", null, text) || isBareFormula(patterns, language, text, next)
                    || patterns.matches("summary", null, text)
                    || isFirst("chapter", language, text)) {
                return i;
            }
            if (isFirst("numbered", language, text) || isFirst("numbered-alone", null, text)) {
                return withHeadingsAbove(lines, i, language);
            }
        }
        return afterTitle(lines);
    }

    /**
     * The headings printed just above a report's first paragraph belong to its body ("A. Background and
     * framework", then a bold "Institutional and human rights infrastructure"): the lines above it on its page
     * printed in bold, when one of them is a labelled heading. The masthead's own lines (type, furniture, the
     * symbol, a page number) stop the search.
     */
    private int withHeadingsAbove(List<Line> lines, int first, String language) {
        int start = first;
        boolean labelled = false;
        for (int k = first - 1; k >= 0; k--) {
            Line line = lines.get(k);
            String text = line.text();
            if (line.style() == null || !line.style().bold() || !java.util.Objects.equals(line.page(), lines.get(first).page())
                    || patterns.matches("furniture", null, text) || patterns.matches("masthead", null, text)
                    || text.matches("\\d{1,4}") || isTypeLine(text)
                    || patterns.match("symbol", null, text) != null && patterns.match("symbol", null, text).group().strip().equals(text)) {
                break;
            }
            labelled |= patterns.matches("section", language, text) || patterns.matches("chapter", language, text);
            start = k;
        }
        return labelled ? start : first;
    }

    private boolean isTypeLine(String text) {
        return patterns.typeWords().values().stream().flatMap(List::stream).anyMatch(p -> p.matcher(text).matches());
    }

    /** How far into a document its masthead may reach when nothing else says where the body begins. */
    private static final int MASTHEAD_REACH = 40;

    /**
     * A letter or a note has no numbered paragraph to start its body: the body begins after the line that says
     * what the document is ("Letter dated …", "Note by …") and the lines of that title printed the same way.
     */
    private int afterTitle(List<Line> lines) {
        for (int i = 0; i < Math.min(MASTHEAD_REACH, lines.size()); i++) {
            String text = lines.get(i).text();
            if (isTypeLine(text)) {
                int end = i + 1;
                while (end < lines.size() && lines.get(end).style() != null && lines.get(i).style() != null
                        && lines.get(end).style().bold() == lines.get(i).style().bold()
                        && Math.abs(lines.get(end).style().size() - lines.get(i).style().size()) < 0.6
                        && lines.get(end).style().gap() <= lines.get(i).style().size() * 1.6) {
                    end++;
                }
                return end;
            }
        }
        return afterMasthead(lines);
    }

    /** Else the body begins after the last line of the first page's masthead ("Distr.", its date, "Original:"). */
    private int afterMasthead(List<Line> lines) {
        int end = 0;
        for (int i = 0; i < Math.min(MASTHEAD_REACH, lines.size()); i++) {
            Line line = lines.get(i);
            if (line.page() != null && line.page() > 1) {
                break;
            }
            if (patterns.matches("masthead", null, line.text()) || line.text().contains("Distr.")) {
                end = i + 1;
            }
        }
        return end;
    }

    /**
     * The organ's name without its comma ("The General Assembly") opens a resolution only when its first
     * numbered paragraph follows at once: a resolution without a preamble. Alone it may be a masthead line.
     */
    static boolean isBareFormula(StructurePatterns patterns, String language, String text, Line next) {
        if (next == null || !patterns.matches("enacting-formula-bare", null, text)) {
            return false;
        }
        Matcher m = patterns.match("numbered", language, next.text());
        return m != null && m.group(1).equals("1");
    }

    private boolean isFirst(String name, String language, String text) {
        Matcher m = patterns.match(name, language, text);
        return m != null && Labels.ordinal(m.group(1), patterns.sequence(name, language), true) == 1
                || m != null && m.group(1).equals("1");
    }
}
