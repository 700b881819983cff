package docpipe.parse.structure;

/**
 * How a line of a PDF page is printed, in points: {@code x} where its first glyph starts, {@code right}
 * where its last ends, {@code size} its body font size, {@code bold} whether most of it is in a bold face,
 * {@code gap} the distance from the previous line's baseline on the same page (0 for a page's first line),
 * {@code pageLeft}/{@code pageRight} the text's left and right edges on that page. Formats without a page
 * layout have no styles.
 */
public record LineStyle(float x, float right, float size, boolean bold, float gap, float pageLeft, float pageRight) {
}
