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
            if (patterns.matches("enacting-formula", null, text) || patterns.matches("summary", null, text)
                    || isFirst("chapter", language, text) || isFirst("numbered", language, text)
                    || isFirst("numbered-alone", null, text)) {
                return i;
            }
        }
        return 0;
    }

    private boolean isFirst(String name, String language, String text) {
        Matcher m = patterns.match(name, language, text);
        return m != null && Labels.ordinal(m.group(1), patterns.sequence(name, language), true) == 1
                || m != null && m.group(1).equals("1");
    }
}
