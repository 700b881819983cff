package docpipe.parse.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the footnotes at the feet of pages and takes their lines out of the running text. A block of
 * footnotes opens at a separator line, or, on a page whose separator was lost, at a line that starts with
 * the next expected mark, in the lower part of the page, whose mark appears glued in the text above.
 * It closes at the page's edge (page number, link URLs, the next page's running header). Marks printed
 * apart from their texts (as some PDF extractions give them) are paired with the texts in order.
 */
final class FootnoteZones {

    private static final Pattern EXPLICIT = Pattern.compile("^<sup>([^<]{1,4})</sup>\\s*(\\S.*)$");
    private static final double LOWER_PART = 0.4;
    /** A block of footnotes longer than this has lost its end: stop rather than swallow the text. */
    private static final int MAX_LINES = 30;

    private final StructurePatterns patterns;
    private final PageFurniture furniture;

    record Result(List<Footnote> footnotes, Set<Integer> consumed) {
    }

    FootnoteZones(StructurePatterns patterns, PageFurniture furniture) {
        this.patterns = patterns;
        this.furniture = furniture;
    }

    Result find(List<Line> lines) {
        List<Footnote> footnotes = new ArrayList<>();
        Set<Integer> consumed = new HashSet<>();
        int expected = 1;
        int i = 0;
        while (i < lines.size()) {
            Line line = lines.get(i);
            if (patterns.matches("endnotes", null, line.text())) {
                // The heading stays in the text; every line after it, to the end or the next annex, is a note.
                i = endnotes(lines, i + 1, footnotes, consumed, expected);
                continue;
            }
            Matcher explicit = EXPLICIT.matcher(line.text());
            if (explicit.matches()) {
                String text = explicit.group(2);
                consumed.add(i);
                i++;
                // A printed note's next lines, set under its text, belong to it.
                Line previous = line;
                while (i < lines.size() && LayoutProfile.continuesNote(line, lines.get(i))
                        && !lines.get(i).text().startsWith("<sup>") && !furniture.isPageEdge(lines.get(i))
                        && lines.get(i).page().equals(line.page())) {
                    text = text + (Chars.isCjk(text.charAt(text.length() - 1)) ? "" : " ") + lines.get(i).text();
                    consumed.add(i);
                    previous = lines.get(i);
                    i++;
                }
                footnotes.add(new Footnote(explicit.group(1), text, line.page(), previous.position()));
                expected = nextAfter(explicit.group(1), expected);
                continue;
            }
            boolean separator = patterns.matches("footnote-separator", null, line.text());
            if (separator || opensWithoutSeparator(lines, i, expected)) {
                if (separator) {
                    consumed.add(i);
                    i++;
                }
                Zone zone = new Zone(line.page(), line.position());
                while (i < lines.size() && zone.accepts(lines.get(i))) {
                    zone.add(lines.get(i), expected);
                    consumed.add(i);
                    i++;
                }
                for (Footnote f : zone.footnotes()) {
                    footnotes.add(f);
                    expected = nextAfter(f.mark(), expected);
                }
                continue;
            }
            i++;
        }
        return new Result(footnotes, consumed);
    }

    /**
     * Reads the notes printed together at the end of a report: a note starts at its mark (printed raised, or
     * the next number in sequence at the start of a line); every other line goes on the note above it.
     * Returns the index of the first line after the notes.
     */
    private int endnotes(List<Line> lines, int from, List<Footnote> footnotes, Set<Integer> consumed, int expected) {
        String mark = null;
        StringBuilder text = new StringBuilder();
        Line anchor = null;
        int i = from;
        for (; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (patterns.matches("annex", null, line.text())) {
                break;
            }
            consumed.add(i);
            if (furniture.isFurniture(line)) {
                continue;
            }
            Matcher explicit = EXPLICIT.matcher(line.text());
            Matcher plain = patterns.match("footnote", null, line.text());
            String next = explicit.matches() ? explicit.group(1)
                    : plain != null && plain.group(1).equals(String.valueOf(expected)) ? plain.group(1) : null;
            if (next != null) {
                if (mark != null) {
                    footnotes.add(new Footnote(mark, text.toString(), anchor.page(), anchor.position()));
                }
                mark = next;
                text = new StringBuilder(explicit.matches() ? explicit.group(2) : plain.group(2));
                anchor = line;
                expected = nextAfter(next, expected);
            } else if (mark == null) {
                // Not notes after all: the heading is followed by text.
                for (int k = from; k <= i; k++) {
                    consumed.remove(k);
                }
                return from;
            } else {
                String t = line.text();
                text.append(Chars.isCjk(text.charAt(text.length() - 1)) || Chars.isCjk(t.charAt(0)) ? "" : " ").append(t);
            }
        }
        if (mark != null) {
            footnotes.add(new Footnote(mark, text.toString(), anchor.page(), anchor.position()));
        }
        return i;
    }

    private static int nextAfter(String mark, int expected) {
        return mark.matches("\\d+") ? Math.max(expected, Integer.parseInt(mark) + 1) : expected;
    }

    private boolean opensWithoutSeparator(List<Line> lines, int i, int expected) {
        Line line = lines.get(i);
        if (line.page() == null) {
            return false;
        }
        Matcher m = patterns.match("footnote", null, line.text());
        if (m == null || !m.group(1).equals(String.valueOf(expected)) || patterns.matches("numbered", null, line.text())) {
            return false;
        }
        for (int k = i + 1; k < Math.min(lines.size(), i + 3); k++) {
            // The page marks its notes itself (a separator, raised marks) just below: this line is above them.
            if (patterns.matches("footnote-separator", null, lines.get(k).text()) || EXPLICIT.matcher(lines.get(k).text()).matches()) {
                return false;
            }
        }
        int first = i;
        while (first > 0 && lines.get(first - 1).page().equals(line.page())) {
            first--;
        }
        int last = i;
        while (last + 1 < lines.size() && lines.get(last + 1).page().equals(line.page())) {
            last++;
        }
        if (i - first < (last - first + 1) * LOWER_PART) {
            return false;
        }
        Pattern glued = Pattern.compile("[^\\d\\s/.,]" + expected + "(?!\\d)");
        for (int k = first; k < i; k++) {
            if (glued.matcher(lines.get(k).text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** The lines of one block of footnotes. */
    private final class Zone {
        private final Integer page;
        private final int anchor;
        private final List<String[]> entries = new ArrayList<>();
        private final TreeSet<Integer> looseMarks = new TreeSet<>();
        private final List<StringBuilder> looseTexts = new ArrayList<>();
        private int lines;

        Zone(Integer page, int anchor) {
            this.page = page;
            this.anchor = anchor;
        }

        boolean accepts(Line line) {
            if (page != null && !page.equals(line.page()) || lines++ >= MAX_LINES) {
                return false;
            }
            if (patterns.matches("numbered", null, line.text())) {
                return false;
            }
            // Marks printed apart wait for their texts, which may come after the page number.
            return !furniture.isPageEdge(line) || looseMarks.size() > looseTexts.size();
        }

        void add(Line line, int expected) {
            String text = line.text();
            if (furniture.isFurniture(line)) {
                return;
            }
            Matcher alone = patterns.match("footnote-mark-alone", null, text);
            if (alone != null) {
                looseMarks.add(Integer.parseInt(alone.group(1)));
                return;
            }
            Matcher def = patterns.match("footnote", null, text);
            int highest = entries.isEmpty() ? expected - 1 : Integer.parseInt(entries.get(entries.size() - 1)[0]);
            if (def != null && def.group(1).matches("\\d+") && Integer.parseInt(def.group(1)) > highest
                    && Integer.parseInt(def.group(1)) <= highest + 3) {
                entries.add(new String[] {def.group(1), def.group(2)});
                return;
            }
            if (!entries.isEmpty() && looseMarks.isEmpty()) {
                String[] last = entries.get(entries.size() - 1);
                last[1] = last[1] + (Chars.isCjk(last[1].charAt(last[1].length() - 1)) || Chars.isCjk(text.charAt(0)) ? "" : " ") + text;
                return;
            }
            StringBuilder current = looseTexts.isEmpty() ? null : looseTexts.get(looseTexts.size() - 1);
            if (current != null && !(Chars.endsSentence(current.toString()) && !Chars.startsLowercase(text))) {
                current.append(Chars.isCjk(text.charAt(0)) ? "" : " ").append(text);
            } else {
                looseTexts.add(new StringBuilder(text));
            }
        }

        List<Footnote> footnotes() {
            List<Footnote> result = new ArrayList<>();
            for (String[] e : entries) {
                result.add(new Footnote(e[0], e[1], page, anchor));
            }
            List<Integer> marks = new ArrayList<>(looseMarks);
            for (int k = 0; k < Math.min(marks.size(), looseTexts.size()); k++) {
                result.add(new Footnote(String.valueOf(marks.get(k)), looseTexts.get(k).toString(), page, anchor));
            }
            return result;
        }
    }
}
