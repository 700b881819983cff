package docpipe.parse.extract;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Tika's XHTML events into the text the structure parser reads: a form feed between PDF pages,
 * a line per block element, and footnotes written the one way the parser knows ({@code <sup>n</sup>}
 * for a mark, a line starting with it for the note): HTML footnote anchors and DOCX footnote references
 * ({@code [2]}) and footnote-styled paragraphs become that. Stops with {@link LimitReached} past
 * {@code maxChars}, so that a decompression bomb cannot fill the heap.
 */
final class PagedTextHandler extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
            "td", "th", "blockquote", "pre", "title", "dt", "dd");
    private static final Pattern MARK = Pattern.compile("\\[?(\\d{1,3}|[*†‡])]?");
    private static final Pattern DOCX_REFERENCE = Pattern.compile("\\[(\\d{1,3})]");
    private static final Pattern SOFT_BREAK = Pattern.compile("[ \\t]*\\n\\s*");

    static final class LimitReached extends SAXException {
        LimitReached(int limit) {
            super("more than " + limit + " characters of text");
        }
    }

    private final boolean paragraphPerLine;
    private final boolean docx;
    private final int maxChars;
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder block = new StringBuilder();
    private int pages;
    private int skipDepth;
    private boolean furnitureBlock;
    private StringBuilder anchor;
    private int docxReferences;
    private int docxNotes;
    private boolean footnoteBlock;

    /** The auto-numbered footnote mark of Word 97 documents (0x02), and what some extractions turn it into. */
    private static final String WORD_NOTE_MARKS = "\u0002\uFFFD";
    private boolean limitReached;

    PagedTextHandler(boolean paragraphPerLine, boolean docx, int maxChars) {
        this.paragraphPerLine = paragraphPerLine;
        this.docx = docx;
        this.maxChars = maxChars;
    }

    String text() {
        endBlock();
        return out.toString();
    }

    boolean limitReached() {
        return limitReached;
    }

    int pages() {
        return pages;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        String name = localName.isEmpty() ? qName : localName;
        String cssClass = atts.getValue("class");
        if (name.equals("head") || name.equals("script") || name.equals("style")) {
            skipDepth++;
            return;
        }
        if (name.equals("div") && "page".equals(cssClass)) {
            endBlock();
            if (pages++ > 0) {
                out.append('\f');
            }
            return;
        }
        if (name.equals("br")) {
            // A line break inside a paragraph, not a new paragraph.
            block.append('\n');
            return;
        }
        if (name.equals("a") && atts.getValue("href") != null && atts.getValue("href").startsWith("#")) {
            anchor = new StringBuilder();
            return;
        }
        if (BLOCKS.contains(name)) {
            endBlock();
            footnoteBlock = cssClass != null && (cssClass.toLowerCase().contains("footnote") || cssClass.toLowerCase().contains("endnote"));
            furnitureBlock = cssClass != null && (cssClass.equalsIgnoreCase("header") || cssClass.equalsIgnoreCase("footer"));
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("head") || name.equals("script") || name.equals("style")) {
            skipDepth--;
            return;
        }
        if (name.equals("a") && anchor != null) {
            String text = anchor.toString().strip();
            anchor = null;
            Matcher m = MARK.matcher(text);
            append(m.matches() ? "<sup>" + m.group(1) + "</sup>" : text);
            return;
        }
        if (BLOCKS.contains(name)) {
            if (furnitureBlock) {
                furnitureBlock = false;
                block.setLength(0);
                return;
            }
            endBlock();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipDepth > 0 || furnitureBlock) {
            return;
        }
        if (anchor != null) {
            anchor.append(ch, start, length);
            return;
        }
        append(new String(ch, start, length));
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        if (skipDepth == 0 && !paragraphPerLine) {
            block.append(ch, start, length);
        }
    }

    private void append(String s) throws SAXException {
        block.append(s);
        if (out.length() + block.length() > maxChars) {
            limitReached = true;
            throw new LimitReached(maxChars);
        }
    }

    private void endBlock() {
        if (block.isEmpty()) {
            return;
        }
        String text = block.toString();
        block.setLength(0);
        if (paragraphPerLine) {
            text = joinSoftBreaks(text).strip();
            if (docx) {
                text = docxFootnotes(text);
            }
        }
        if (!text.isBlank()) {
            out.append(text).append('\n');
        }
    }

    private String docxFootnotes(String text) {
        if (footnoteBlock) {
            return "<sup>" + (++docxNotes) + "</sup> " + text;
        }
        if (!text.isEmpty() && WORD_NOTE_MARKS.indexOf(text.charAt(0)) >= 0) {
            // A Word 97 (.doc) footnote: its text starts with the auto-numbering mark character.
            return "<sup>" + (++docxNotes) + "</sup> " + text.substring(1).strip();
        }
        if (text.chars().anyMatch(c -> WORD_NOTE_MARKS.indexOf(c) >= 0)) {
            StringBuilder marked = new StringBuilder();
            for (char c : text.toCharArray()) {
                marked.append(WORD_NOTE_MARKS.indexOf(c) >= 0 ? "<sup>" + (++docxReferences) + "</sup>" : String.valueOf(c));
            }
            text = marked.toString();
        }
        Matcher m = DOCX_REFERENCE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, "<sup>" + (++docxReferences) + "</sup>");
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Inside an HTML or DOCX paragraph a line break is a space, and nothing between two CJK characters (as browsers show it). */
    private static String joinSoftBreaks(String text) {
        Matcher m = SOFT_BREAK.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            char before = m.start() > 0 ? text.charAt(m.start() - 1) : ' ';
            char after = m.end() < text.length() ? text.charAt(m.end()) : ' ';
            m.appendReplacement(sb, isCjk(before) && isCjk(after) ? "" : " ");
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static boolean isCjk(char c) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
