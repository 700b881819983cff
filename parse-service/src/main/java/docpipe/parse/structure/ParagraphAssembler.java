package docpipe.parse.structure;

import docpipe.events.ParagraphKind;
import docpipe.events.ParagraphRole;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Rebuilds the items of a document's body from its lines: headings and the section path they open,
 * numbered paragraphs (accepted only in sequence, so a wrapped line starting with "5." is not one),
 * sub-items labelled after their paragraph ("98(a)"), the preambular and operative paragraphs of a
 * resolution, and lines broken mid-sentence or across a page joined into one paragraph.
 */
final class ParagraphAssembler {

    private static final int MAX_HEADING_LENGTH = 200;
    /** The level of headings below chapters (1) and sections (2): numbered or unlabelled sub-headings. */
    private static final int SUBHEADING = 3;

    private final StructurePatterns patterns;
    private final String language;
    private final LineLayout layout;
    private final TextJoiner joiner;
    private final LayoutProfile profile;

    private final List<Item> items = new ArrayList<>();
    private final Deque<Footnote> pendingFootnotes = new ArrayDeque<>();
    private final List<Heading> headings = new ArrayList<>();
    private Item current;
    private final MainSequence sequence = new MainSequence();
    private int chapter;
    private int section;
    private int subitem;
    private String pendingLabel;
    private Zone zone = Zone.NONE;
    private Line previous;

    /**
     * Where in a resolution the text is: none (not a resolution), its preamble, its operative part, an annex,
     * or a text the resolution adopts after a chapeau ("Adopts the following declaration:"), whose numbered
     * paragraphs are operative under their own headings.
     */
    enum Zone { NONE, PREAMBLE, OPERATIVE, ANNEX, ADOPTED }

    private record Heading(int level, String text) {
    }

    ParagraphAssembler(StructurePatterns patterns, String language, LineLayout layout, TextJoiner joiner,
                       LayoutProfile profile) {
        this.patterns = patterns;
        this.language = language;
        this.layout = layout;
        this.joiner = joiner;
        this.profile = profile;
    }

    List<Item> assemble(List<Line> lines, List<Footnote> footnotes) {
        Deque<Footnote> waiting = new ArrayDeque<>(footnotes);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            while (!waiting.isEmpty() && waiting.peek().anchor() <= line.position()) {
                pendingFootnotes.add(waiting.poll());
            }
            accept(line, i + 1 < lines.size() ? lines.get(i + 1) : null);
            previous = line;
        }
        pendingFootnotes.addAll(waiting);
        flushFootnotes();
        return items;
    }

    boolean isResolution() {
        return zone != Zone.NONE;
    }

    private void accept(Line line, Line next) {
        String text = line.text();
        if (pendingLabel != null) {
            String label = pendingLabel;
            pendingLabel = null;
            text = label + ". " + text;
        }
        if ((zone == Zone.PREAMBLE || zone == Zone.OPERATIVE) && current != null && current.is(ParagraphKind.PARAGRAPH)
                && patterns.matches("chapeau", language, withoutTrailingMark(current.text))) {
            zone = Zone.ADOPTED;
            sequence.heading();
        }
        if (startsItem(line, text, next)) {
            return;
        }
        if (current != null && continues(line, text)) {
            current.text = joiner.join(current.text, text);
            current.lastLine = text;
            return;
        }
        open(ParagraphKind.PARAGRAPH, null, text, line.page());
        if (zone == Zone.PREAMBLE) {
            current.role = patterns.opensOperative(text, language) && !patterns.opensPreambular(text, language)
                    ? ParagraphRole.OPERATIVE : ParagraphRole.PREAMBULAR;
        } else if (zone == Zone.OPERATIVE) {
            current.role = ParagraphRole.OPERATIVE;
        }
    }

    /** Opens a new item when the line starts one by its form or its print; false when it is a plain line. */
    private boolean startsItem(Line line, String text, Line next) {
        Integer page = line.page();
        Matcher md = patterns.match("markdown-heading", null, text);
        if (md != null) {
            String inner = md.group(2);
            if (!startsHeading(inner, page)) {
                heading(md.group(1).length(), inner, page);
            }
            return true;
        }
        if (patterns.matches("annex", null, text)) {
            heading(1, text, page);
            sequence.startAfresh();
            chapter = 0;
            section = 0;
            zone = zone == Zone.NONE || zone == Zone.ADOPTED ? zone : Zone.ANNEX;
            return true;
        }
        if (patterns.matches("summary", null, text) || patterns.matches("endnotes", null, text)) {
            heading(1, text, page);
            return true;
        }
        if (patterns.matches("enacting-formula", null, text) || zone == Zone.NONE
                && FrontMatter.isBareFormula(patterns, language, text, next)) {
            open(ParagraphKind.PARAGRAPH, null, text, page);
            zone = Zone.PREAMBLE;
            return true;
        }
        if (startsHeading(text, page)) {
            return true;
        }
        if (startsPrintedHeading(line, text, next)) {
            return true;
        }
        Matcher alone = patterns.match("numbered-alone", null, text);
        if (alone != null && acceptsNumber(Integer.parseInt(alone.group(1)))) {
            pendingLabel = alone.group(1);
            return true;
        }
        Matcher numbered = patterns.match("numbered", language, text);
        int n = numbered == null ? -1 : Integer.parseInt(numbered.group(1));
        if (numbered != null && !acceptsNumber(n) && zone != Zone.ANNEX && sequence.resumes(n, MAX_HEADING_LENGTH)) {
            undoRestart();
        }
        if (numbered != null && !acceptsNumber(n) && sequence.isNextSubheading(n)
                && looksLikeHeading(numbered.group(2)) && !Chars.endsSentence(numbered.group(2))) {
            sequence.subheadingTaken();
            heading(SUBHEADING, text, page);
            return true;
        }
        if (numbered != null && (acceptsNumber(n) || resynchronises(line, n, numbered.group(2)))) {
            subitem = 0;
            open(ParagraphKind.PARAGRAPH, numbered.group(1), numbered.group(2), page);
            sequence.take(n, current);
            if (zone == Zone.ADOPTED) {
                current.role = ParagraphRole.OPERATIVE;
            } else if (zone == Zone.PREAMBLE || zone == Zone.OPERATIVE) {
                zone = Zone.OPERATIVE;
                current.role = ParagraphRole.OPERATIVE;
            }
            return true;
        }
        if (startsSubitem(text, page)) {
            return true;
        }
        if (zone == Zone.PREAMBLE && current != null && !layout.paragraphPerLine()
                && Chars.endsWithComma(withoutTrailingMark(current.lastLine)) && opensResolutionParagraph(text)) {
            open(ParagraphKind.PARAGRAPH, null, text, page);
            current.role = patterns.opensOperative(text, language) && !patterns.opensPreambular(text, language)
                    ? ParagraphRole.OPERATIVE : ParagraphRole.PREAMBULAR;
            return true;
        }
        return false;
    }

    /** A preambular paragraph may end with a footnote mark after its comma ("Action, 7", "Questions 2/,"). */
    private static String withoutTrailingMark(String line) {
        return Chars.withoutTrailingMark(line);
    }

    /**
     * A heading known by its print (bold where the body is not, or larger type): a line that does not fill
     * the column, or one that wraps onto a next line printed the same way, which joins it. A numbered line
     * printed so ("1. Women") is a sub-heading, not a paragraph of the main sequence.
     */
    private boolean startsPrintedHeading(Line line, String text, Line next) {
        if (profile == null || !profile.looksLikeHeading(line)) {
            return false;
        }
        if (current != null && current.is(ParagraphKind.HEADING) && previous != null
                && profile.looksLikeHeading(previous) && profile.sameHeading(previous, line)
                && (!profile.isShort(previous) || Chars.startsLowercase(text) || endsMidPhrase(previous.text()))) {
            current.text = joiner.join(current.text, text);
            current.lastLine = text;
            Heading last = headings.remove(headings.size() - 1);
            headings.add(new Heading(last.level(), current.text));
            return true;
        }
        boolean wraps = next != null && profile.looksLikeHeading(next) && profile.sameHeading(line, next)
                && (!profile.isShort(line) || endsMidPhrase(text));
        if (!profile.isShort(line) && !wraps || Chars.endsWithComma(text) || text.endsWith(";") || Chars.startsLowercase(text)) {
            return false;
        }
        heading(SUBHEADING, text, line.page());
        return true;
    }

    /** A line ending on a word like "of the" or "and" (the language's stop words) goes on in the next line. */
    private boolean endsMidPhrase(String text) {
        List<String> words = patterns.stopWords().get(language);
        if (words == null) {
            return false;
        }
        int start = text.length();
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < text.length() && words.contains(text.substring(start).toLowerCase(java.util.Locale.ROOT));
    }

    private boolean opensResolutionParagraph(String text) {
        return patterns.opensPreambular(text, language) || patterns.opensOperative(text, language)
                || layout.isShort(current.lastLine) && !Chars.startsLowercase(text);
    }

    private boolean startsHeading(String text, Integer page) {
        Matcher chapterMatch = patterns.match("chapter", language, text);
        if (chapterMatch != null && looksLikeHeading(chapterMatch.group(2))) {
            int ordinal = Labels.ordinal(chapterMatch.group(1), patterns.sequence("chapter", language), true);
            // An excerpt may start at any chapter; after that, chapters follow in order or start again at one.
            if (ordinal == chapter + 1 || ordinal == 1 || chapter == 0 && ordinal > 0) {
                chapter = ordinal;
                section = 0;
                heading(1, text, page);
                return true;
            }
        }
        Matcher sectionMatch = patterns.match("section", language, text);
        if (sectionMatch != null && looksLikeHeading(sectionMatch.group(2))) {
            int ordinal = Labels.ordinal(sectionMatch.group(1), patterns.sequence("section", language), false);
            if (ordinal == section + 1 || ordinal == 1 || section == 0 && ordinal > 0 && current == null) {
                section = ordinal;
                heading(2, text, page);
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeHeading(String text) {
        return text.length() <= MAX_HEADING_LENGTH && !text.endsWith("。") && !text.endsWith(";") && !text.endsWith("；")
                && !Chars.startsLowercase(text);
    }

    /**
     * A paragraph the page plainly starts (a wider gap above a line opening with a number label, after a
     * finished sentence; or a line that is a paragraph of its own in DOCX and HTML) with a number a little
     * ahead of the sequence: one label was not recognised (split, or glued to a mark). Taking this one keeps
     * a single miss from gluing every later paragraph to it.
     */
    private boolean resynchronises(Line line, int n, String rest) {
        if (!sequence.skipsTo(n) || current == null || !current.is(ParagraphKind.PARAGRAPH) || rest.isEmpty()
                || Chars.startsLowercase(rest)) {
            return false;
        }
        if (layout.paragraphPerLine()) {
            return true;
        }
        return profile != null && profile.opensBlock(line) && Chars.endsSentence(withoutTrailingMark(current.lastLine));
    }

    /** Turns the numbered items since the restart back into the sub-headings they are, and resumes the sequence. */
    private void undoRestart() {
        for (Item item : sequence.undoRestart()) {
            item.kind = ParagraphKind.HEADING;
            item.text = item.number + ". " + item.text;
            item.number = null;
            item.role = null;
            headings.removeIf(h -> h.level() >= SUBHEADING);
            headings.add(new Heading(SUBHEADING, item.text));
        }
    }

    private boolean acceptsNumber(int n) {
        return sequence.accepts(n, current, zone == Zone.PREAMBLE);
    }

    private boolean startsSubitem(String text, Integer page) {
        Matcher m = patterns.match("subitem", null, text);
        if (m != null) {
            int ordinal = Labels.ordinal(m.group(1), null, false);
            if (ordinal == subitem + 1 || ordinal == 1) {
                subitem = ordinal;
                openSubitem(m.group(1), m.group(2), page);
                return true;
            }
        }
        Matcher roman = patterns.match("subitem-roman", null, text);
        if (roman != null && subitem > 0) {
            openSubitem(Character.toString('a' + subitem - 1) + ")(" + roman.group(1), roman.group(2), page);
            return true;
        }
        return false;
    }

    private void openSubitem(String label, String text, Integer page) {
        String number = sequence.last() > 0 ? sequence.last() + "(" + label + ")" : "(" + label + ")";
        ParagraphRole role = current == null ? null : current.role;
        open(ParagraphKind.LIST_ITEM, number, text, page);
        current.role = zone == Zone.NONE || zone == Zone.ANNEX ? null : role;
    }

    private boolean continues(Line line, String text) {
        if (current.is(ParagraphKind.HEADING)) {
            return !layout.paragraphPerLine() && Chars.startsLowercase(text)
                    && (profile == null || previous == null || profile.sameHeading(previous, line));
        }
        if (layout.paragraphPerLine()) {
            return false;
        }
        String last = current.lastLine.replaceFirst("(<sup>[^<]*</sup>\\s*)+$", "");
        if (profile != null && profile.opensBlock(line) && Chars.endsSentence(last) && !Chars.startsLowercase(text)) {
            // A wider space after a finished sentence: the printed page starts a new paragraph here.
            return false;
        }
        if (!layout.wrapped()) {
            // One paragraph per line, except where a page break cut one in two.
            return Chars.endsOpen(last) || last.endsWith("-");
        }
        return !(Chars.endsSentence(last) && layout.isShort(last));
    }

    private void heading(int level, String text, Integer page) {
        headings.removeIf(h -> h.level() >= level);
        open(ParagraphKind.HEADING, null, text, page);
        headings.add(new Heading(level, text));
        subitem = 0;
        sequence.heading();
    }

    private void open(ParagraphKind kind, String number, String text, Integer page) {
        // Footnotes found inside the item now ending follow it, so that the item stays whole.
        flushFootnotes();
        List<String> path = headings.stream().map(Heading::text).toList();
        current = new Item(kind, number, path, text, page);
        items.add(current);
    }

    private void flushFootnotes() {
        while (!pendingFootnotes.isEmpty()) {
            Footnote f = pendingFootnotes.poll();
            List<String> path = headings.stream().map(Heading::text).toList();
            Item item = new Item(ParagraphKind.FOOTNOTE, f.mark(), path, f.text(), f.page());
            items.add(item);
        }
    }
}
