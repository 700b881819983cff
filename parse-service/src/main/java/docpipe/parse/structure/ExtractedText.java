package docpipe.parse.structure;

/**
 * The text of a document as extraction gives it, before its structure is recovered: pages separated by
 * form feeds ({@code \f}), one line per line of the page. {@code pageCount} is null when the format has
 * no pages. {@code paragraphPerLine} says that every line is a whole paragraph (DOCX, HTML), so lines
 * are never joined; otherwise (PDF, plain text) lines broken mid-sentence are rejoined.
 */
public record ExtractedText(String text, Integer pageCount, boolean paragraphPerLine) {

    public ExtractedText {
        text = text == null ? "" : text;
    }

    /** Plain text or Markdown as written: no pages, lines may be wrapped. */
    public static ExtractedText plain(String text) {
        return new ExtractedText(text, null, false);
    }

    boolean hasPages() {
        return pageCount != null;
    }
}
