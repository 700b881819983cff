package docpipe.parse.structure;

/**
 * One line of extracted text, whitespace-normalised, with the page it is on (null without pages), its
 * position, and how it is printed ({@code style}, null for formats without a page layout).
 */
record Line(String text, Integer page, int position, LineStyle style) {

    Line(String text, Integer page, int position) {
        this(text, page, position, null);
    }
}
