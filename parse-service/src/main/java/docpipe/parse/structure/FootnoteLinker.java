package docpipe.parse.structure;

import docpipe.events.ParagraphKind;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links each footnote to the item that carries its mark and removes the mark from that item's text:
 * {@code <sup>4</sup>} where the export kept it, otherwise the mark glued to the text ("特派团1 完成",
 * "实现。2") or standing between words ("Outcome, 1 in which"), looked for in document order after the
 * previous footnote's mark and before the footnote itself.
 */
final class FootnoteLinker {

    private static final Pattern SUP = Pattern.compile("\\s*<sup>([^<]{1,4})</sup>\\s*");

    void link(List<Item> items) {
        java.util.Set<String> notes = new java.util.HashSet<>();
        for (Item item : items) {
            if (item.is(ParagraphKind.FOOTNOTE)) {
                notes.add(item.number);
            }
        }
        for (Item item : items) {
            if (!item.is(ParagraphKind.FOOTNOTE)) {
                removeExplicitMarks(item, notes);
            }
        }
        int from = 0;
        int offset = 0;
        for (int f = 0; f < items.size(); f++) {
            Item footnote = items.get(f);
            if (!footnote.is(ParagraphKind.FOOTNOTE) || isLinked(items, footnote.number)
                    || !footnote.number.matches("\\d{1,3}")) {
                continue;
            }
            // The surest form of mark first, anywhere between the previous mark and the footnote itself.
            search:
            for (Pattern pattern : markPatterns(footnote.number)) {
                for (int i = from; i < f; i++) {
                    Item item = items.get(i);
                    if (item.is(ParagraphKind.FOOTNOTE)) {
                        continue;
                    }
                    int at = removeMark(item, footnote.number, pattern, i == from ? offset : 0);
                    if (at >= 0) {
                        from = i;
                        offset = at;
                        break search;
                    }
                }
            }
        }
    }

    /**
     * The forms a mark takes when its superscript is lost, surest first: glued to CJK text ("特派团1 完成",
     * "实现。2"); after punctuation ("Outcome, 1 in", "Court,2 and", "Migration; 8"); after a word or a
     * year and before a lower-case word ("Climate Change 6 and", "2013 9 in which").
     */
    private static List<Pattern> markPatterns(String mark) {
        String end = "(?=\\s+[\\p{Ll}\\p{Pi}(]|\\s*[,;.:]?\\s*$|\\s*[,;:])";
        return List.of(
                Pattern.compile("(?<=[\\p{IsHan}。，；：、”’》）)\\]])" + mark + "(?![\\d/%.．,，])\\s*"),
                Pattern.compile("(?<=[\\p{L}\\d\\p{Pe}\\p{Pf}][.,;:]|[\\p{Ll}][\\p{Pe}\\p{Pf}])\\s*" + mark + "(?:\\s*/)?" + end + "\\s*"),
                Pattern.compile("(?<=[\\p{L}\\p{Pe}\\p{Pf}]|\\d{4})\\s+" + mark + "(?:\\s*/)?" + end + "\\s*"));
    }

    private static boolean isLinked(List<Item> items, String mark) {
        return items.stream().anyMatch(i -> i.footnotes.contains(mark));
    }

    /** Raised digits that no note answers are part of the text ("km2", "10 6"), kept as digits where they stood. */
    private static void removeExplicitMarks(Item item, java.util.Set<String> notes) {
        Matcher m = SUP.matcher(item.text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (!notes.contains(m.group(1)) && m.group(1).matches("\\d+") && item.text.charAt(m.start()) == '<') {
                String trailing = m.group().substring(m.group().indexOf("</sup>") + "</sup>".length());
                m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + trailing));
                continue;
            }
            item.footnotes.add(m.group(1));
            m.appendReplacement(out, "");
            out.append(separatorBetween(out, item.text, m.end()));
        }
        m.appendTail(out);
        item.text = out.toString().strip();
    }

    /** Removes the mark from the text at or after {@code from}; its position, or -1 when it is not there. */
    private static int removeMark(Item item, String mark, Pattern pattern, int from) {
        Matcher m = pattern.matcher(item.text);
        if (!m.find(Math.min(from, item.text.length()))) {
            return -1;
        }
        StringBuilder out = new StringBuilder(item.text.substring(0, m.start()));
        out.append(separatorBetween(out, item.text, m.end()));
        out.append(item.text.substring(m.end()));
        item.text = out.toString().strip();
        item.footnotes.add(mark);
        return m.start();
    }

    /** What goes where a mark was: nothing beside CJK text or punctuation, a space between words. */
    private static String separatorBetween(CharSequence before, String text, int after) {
        if (before.length() == 0 || after >= text.length()) {
            return "";
        }
        char left = before.charAt(before.length() - 1);
        char right = text.charAt(after);
        if (Character.isWhitespace(left) || Chars.isCjk(left) || Chars.isCjk(right) || ",.;:)".indexOf(right) >= 0) {
            return "";
        }
        return " ";
    }
}
