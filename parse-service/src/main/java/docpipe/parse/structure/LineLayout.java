package docpipe.parse.structure;

import java.util.List;

/**
 * How a document's lines relate to its paragraphs. {@code paragraphPerLine}: every line is a paragraph
 * (DOCX, HTML). {@code wrapped}: lines were broken at a page's width (PDF, text extracted from a PDF), so
 * most lines are about as long as the longest; otherwise (Markdown, text with one paragraph per line)
 * a line only continues another that a page break cut off. {@code fullWidth} is the width of a full line.
 */
record LineLayout(boolean paragraphPerLine, boolean wrapped, int fullWidth) {

    private static final double FULL = 0.75;
    private static final int FEW_LINES = 8;
    /** The widest line a printed A4 page holds, in display width (about 95 Latin characters). */
    private static final int PAGE_WIDTH = 110;
    private static final double MOSTLY_FULL = 0.45;
    private static final double SHORT_LINE = 0.85;

    static LineLayout of(List<Line> lines, boolean paragraphPerLine) {
        if (paragraphPerLine || lines.isEmpty()) {
            return new LineLayout(paragraphPerLine, false, Integer.MAX_VALUE);
        }
        int[] widths = lines.stream().mapToInt(l -> Chars.width(l.text())).sorted().toArray();
        int full = widths[(int) (widths.length * 0.9)];
        if (lines.size() < FEW_LINES) {
            // Too few lines to measure: lines no longer than a printed page's are taken as wrapped.
            return new LineLayout(false, widths[widths.length - 1] <= PAGE_WIDTH, full);
        }
        long nearlyFull = java.util.Arrays.stream(widths).filter(w -> w >= full * FULL).count();
        boolean wrapped = nearlyFull >= widths.length * MOSTLY_FULL;
        return new LineLayout(false, wrapped, full);
    }

    boolean isShort(String line) {
        return Chars.width(line) < fullWidth * SHORT_LINE;
    }
}
