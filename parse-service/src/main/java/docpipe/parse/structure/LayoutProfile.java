package docpipe.parse.structure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What is ordinary on this document's pages, learned from its body lines: the body font size, the usual
 * distance between the lines of a paragraph, and whether bold is rare enough to mark headings. Against it
 * a line stands out as a heading (bold or larger type, short) or as the start of a paragraph (a wider gap
 * above it). A document without line styles (text, DOCX, HTML) has no profile and none of these rules.
 */
final class LayoutProfile {

    private static final double LARGER = 1.15;
    private static final double WIDER_GAP = 1.3;
    private static final int MAX_HEADING_LENGTH = 200;
    /** A heading line leaves this much of the text width empty on its right, unless it wraps. */
    private static final double SHORT = 0.85;

    private final float bodySize;
    private final float lineGap;
    private final boolean boldIsRare;
    private final float fullWidth;

    private LayoutProfile(float bodySize, float lineGap, boolean boldIsRare, float fullWidth) {
        this.bodySize = bodySize;
        this.lineGap = lineGap;
        this.boldIsRare = boldIsRare;
        this.fullWidth = fullWidth;
    }

    /** The profile of these lines, or null when they carry no styles. */
    static LayoutProfile of(List<Line> lines) {
        Map<Float, Integer> sizes = new HashMap<>();
        int chars = 0;
        int boldChars = 0;
        for (Line line : lines) {
            if (line.style() != null) {
                int n = line.text().length();
                sizes.merge(line.style().size(), n, Integer::sum);
                chars += n;
                boldChars += line.style().bold() ? n : 0;
            }
        }
        if (chars == 0) {
            return null;
        }
        float body = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        if (body <= 0) {
            // Fonts that report no size (some Type 3 fonts): the print cannot be read.
            return null;
        }
        Map<Float, Integer> gaps = new HashMap<>();
        for (Line line : lines) {
            LineStyle s = line.style();
            if (s != null && s.size() == body && s.gap() > 0 && s.gap() < body * 3) {
                gaps.merge(Math.round(s.gap() * 2) / 2f, 1, Integer::sum);
            }
        }
        float gap = gaps.isEmpty() ? body * 1.2f : gaps.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        float[] widths = new float[lines.size()];
        int n = 0;
        for (Line line : lines) {
            if (line.style() != null && line.style().size() == body) {
                widths[n++] = line.style().right() - line.style().x();
            }
        }
        java.util.Arrays.sort(widths, 0, n);
        float full = n == 0 ? Float.MAX_VALUE : widths[(int) (n * 0.9)];
        return new LayoutProfile(body, gap, boldChars * 4 < chars, full);
    }

    /** Printed as a heading: bold where bold is rare, or larger than the body text; short, not a footnote. */
    boolean looksLikeHeading(Line line) {
        LineStyle s = line.style();
        if (s == null || line.text().length() > MAX_HEADING_LENGTH || line.text().startsWith("<sup>")) {
            return false;
        }
        return s.bold() && boldIsRare || s.size() >= bodySize * LARGER;
    }

    /** The line is well shorter than a full line of the body text: a heading that does not wrap. */
    boolean isShort(Line line) {
        LineStyle s = line.style();
        return s != null && s.right() - s.x() < fullWidth * SHORT;
    }

    /** The second line prints the same way as the first and follows it closely: one heading on two lines. */
    boolean sameHeading(Line first, Line second) {
        LineStyle a = first.style();
        LineStyle b = second.style();
        return a != null && b != null && a.bold() == b.bold() && Math.abs(a.size() - b.size()) < 0.6
                && b.gap() > 0 && b.gap() <= Math.max(a.size(), b.size()) * 1.6;
    }

    /** A wider space than between a paragraph's lines stands above this line. */
    boolean opensBlock(Line line) {
        LineStyle s = line.style();
        return s != null && s.gap() > lineGap * WIDER_GAP;
    }

    /** The line continues a footnote above it: the same small type, close below, indented under the note's text. */
    static boolean continuesNote(Line note, Line line) {
        LineStyle a = note.style();
        LineStyle b = line.style();
        return a != null && b != null && b.gap() > 0 && b.gap() <= a.size() * 1.6 && b.x() > a.x() + 1
                && Math.abs(a.size() - b.size()) < 0.6;
    }
}
