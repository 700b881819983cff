package docpipe.parse.structure;

/**
 * The text of a document as extraction gives it, before its structure is recovered: pages separated by
 * form feeds ({@code \f}), one line per line of the page. {@code pageCount} is null when the format has
 * no pages. {@code paragraphPerLine} says that every line is a whole paragraph (DOCX, HTML), so lines
 * are never joined; otherwise (PDF, plain text) lines broken mid-sentence are rejoined. {@code styles},
 * when the format has a page layout (PDF), gives how each non-blank line is printed, in the order of the
 * text's non-blank lines; null otherwise.
 */
public record ExtractedText(String text, Integer pageCount, boolean paragraphPerLine, java.util.List<LineStyle> styles) {

    public ExtractedText {
        text = text == null ? "" : text;
        styles = styles == null ? null : java.util.List.copyOf(styles);
    }

    public ExtractedText(String text, Integer pageCount, boolean paragraphPerLine) {
        this(text, pageCount, paragraphPerLine, null);
    }

    /** Plain text or Markdown as written: no pages, lines may be wrapped. */
    public static ExtractedText plain(String text) {
        return new ExtractedText(text, null, false);
    }

    boolean hasPages() {
        return pageCount != null;
    }
}
