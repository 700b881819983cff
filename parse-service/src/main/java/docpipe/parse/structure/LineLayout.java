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
    private static final double MOSTLY_FULL = 0.45;
    private static final double SHORT_LINE = 0.85;

    static LineLayout of(List<Line> lines, boolean paragraphPerLine) {
        if (paragraphPerLine || lines.size() < 8) {
            return new LineLayout(paragraphPerLine, false, Integer.MAX_VALUE);
        }
        int[] widths = lines.stream().mapToInt(l -> Chars.width(l.text())).sorted().toArray();
        int full = widths[(int) (widths.length * 0.9)];
        long nearlyFull = java.util.Arrays.stream(widths).filter(w -> w >= full * FULL).count();
        boolean wrapped = nearlyFull >= widths.length * MOSTLY_FULL;
        return new LineLayout(false, wrapped, full);
    }

    boolean isShort(String line) {
        return Chars.width(line) < fullWidth * SHORT_LINE;
    }
}
