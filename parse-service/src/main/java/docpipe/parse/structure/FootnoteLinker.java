package docpipe.parse.structure;

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
        for (Item item : items) {
            if (!item.is(Item.FOOTNOTE)) {
                removeExplicitMarks(item);
            }
        }
        int from = 0;
        int offset = 0;
        for (int f = 0; f < items.size(); f++) {
            Item footnote = items.get(f);
            if (!footnote.is(Item.FOOTNOTE) || isLinked(items, footnote.number)) {
                continue;
            }
            for (int i = from; i < f; i++) {
                Item item = items.get(i);
                if (item.is(Item.FOOTNOTE)) {
                    continue;
                }
                int at = removeImplicitMark(item, footnote.number, i == from ? offset : 0);
                if (at >= 0) {
                    from = i;
                    offset = at;
                    break;
                }
            }
        }
    }

    private static boolean isLinked(List<Item> items, String mark) {
        return items.stream().anyMatch(i -> i.footnotes.contains(mark));
    }

    private static void removeExplicitMarks(Item item) {
        Matcher m = SUP.matcher(item.text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            item.footnotes.add(m.group(1));
            m.appendReplacement(out, "");
            out.append(separatorBetween(out, item.text, m.end()));
        }
        m.appendTail(out);
        item.text = out.toString().strip();
    }

    /** Removes the mark of that footnote from the text at or after {@code from}; its position, or -1. */
    private static int removeImplicitMark(Item item, String mark, int from) {
        if (!mark.matches("\\d{1,3}")) {
            return -1;
        }
        Pattern cjk = Pattern.compile("(?<=[\\p{IsHan}。，；：、”’》）)\\]])" + mark + "(?![\\d/%.．,，])\\s*");
        Pattern latin = Pattern.compile("(?<=[\\p{L}\\p{Pe}\\p{Pf}.,;:])\\s+" + mark
                + "(?:\\s*/)?(?=\\s+[\\p{Ll}\\p{Pi}(]|\\s*[,;.:]?\\s*$|\\s*[,;:]|\\s+[\\p{Lu}][\\p{Ll}]+ing\\b)\\s*");
        for (Pattern p : List.of(cjk, latin)) {
            Matcher m = p.matcher(item.text);
            if (m.find(Math.min(from, item.text.length()))) {
                StringBuilder out = new StringBuilder(item.text.substring(0, m.start()));
                out.append(separatorBetween(out, item.text, m.end()));
                out.append(item.text.substring(m.end()));
                item.text = out.toString().strip();
                item.footnotes.add(mark);
                return m.start();
            }
        }
        return -1;
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
