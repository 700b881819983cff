package docpipe.parse.extract;

import docpipe.parse.structure.ExtractedText;
import docpipe.parse.structure.LineStyle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a PDF's text line by line the way Tika's PDF parser does (PDFBox's text stripper with its default
 * settings), and keeps what the page says with its layout: for every line its indent, font size, weight and
 * the gap above it ({@link LineStyle}), and footnote marks printed as raised small digits, written
 * {@code <sup>n</sup>} so that a mark glued to a word ("discrimination16") is never read as text.
 */
final class PdfLayoutStripper extends PDFTextStripper {

    /** A glyph this much smaller than its line's body text, and raised, is a superscript. */
    private static final float SMALLER = 0.85f;
    private static final float RAISED = 0.2f;

    private record Piece(String text, List<TextPosition> glyphs) {
    }

    private final int maxChars;
    private final StringBuilder out = new StringBuilder();
    private final List<LineStyle> styles = new ArrayList<>();
    private final List<Piece> line = new ArrayList<>();
    private final List<PendingLine> page = new ArrayList<>();
    private final Map<PDFont, Boolean> boldFonts = new HashMap<>();
    private int pages;

    private record PendingLine(String text, float x, float right, float y, float size, boolean bold) {
    }

    PdfLayoutStripper(int maxChars) {
        this.maxChars = maxChars;
    }

    static ExtractedText extract(PDDocument document, int maxChars) throws IOException {
        PdfLayoutStripper stripper = new PdfLayoutStripper(maxChars);
        stripper.writeText(document, new StringWriter());
        return new ExtractedText(stripper.out.toString(), stripper.pages, false, stripper.styles);
    }

    @Override
    protected void startPage(PDPage p) {
        if (pages++ > 0) {
            out.append('\f');
        }
        page.clear();
    }

    @Override
    protected void endPage(PDPage p) throws IOException {
        endLine();
        readTopToBottom(page);
        float left = Float.MAX_VALUE;
        float right = 0;
        for (PendingLine l : page) {
            left = Math.min(left, l.x());
            right = Math.max(right, l.right());
        }
        float previousY = Float.NaN;
        boolean first = true;
        for (PendingLine l : page) {
            if (!first) {
                out.append('\n');
            }
            first = false;
            out.append(l.text());
            float gap = Float.isNaN(previousY) ? 0 : Math.abs(l.y() - previousY);
            styles.add(new LineStyle(l.x(), l.right(), l.size(), l.bold(), gap, left, right));
            previousY = l.y();
        }
        if (out.length() > maxChars) {
            throw new IOException(new PagedTextHandler.LimitReached(maxChars));
        }
    }

    /** Lines whose baselines are closer than this stand on one row (a label a fraction lower than its text). */
    private static final float SAME_ROW = 2f;

    /**
     * The content stream may draw the masthead or a footnote before the text above it: the page is read top
     * to bottom. Lines on one row keep the order they were drawn in, and a page already in order is untouched.
     */
    private static void readTopToBottom(List<PendingLine> lines) {
        List<PendingLine> byY = new ArrayList<>(lines);
        byY.sort(java.util.Comparator.comparingDouble(PendingLine::y));
        Map<PendingLine, Integer> row = new java.util.IdentityHashMap<>();
        int r = 0;
        for (int i = 0; i < byY.size(); i++) {
            if (i > 0 && byY.get(i).y() - byY.get(i - 1).y() > SAME_ROW) {
                r++;
            }
            row.put(byY.get(i), r);
        }
        lines.sort(java.util.Comparator.comparingInt(row::get));
    }

    @Override
    protected void writeString(String text, List<TextPosition> glyphs) {
        line.add(new Piece(text, glyphs));
    }

    @Override
    protected void writeWordSeparator() {
        line.add(new Piece(" ", List.of()));
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    private void endLine() {
        if (line.isEmpty()) {
            return;
        }
        List<Piece> pieces = inVisualOrder(new ArrayList<>(line));
        line.clear();
        float body = bodySize(pieces);
        if (Float.isNaN(body)) {
            return;
        }
        float baseline = Float.NaN;
        float x = Float.MAX_VALUE;
        float right = 0;
        int bold = 0;
        int glyphCount = 0;
        for (Piece piece : pieces) {
            for (TextPosition g : piece.glyphs()) {
                if (isBlank(g)) {
                    continue;
                }
                if (size(g) == body) {
                    baseline = Float.isNaN(baseline) ? g.getYDirAdj() : Math.max(baseline, g.getYDirAdj());
                }
                x = Math.min(x, g.getXDirAdj());
                right = Math.max(right, g.getXDirAdj() + g.getWidthDirAdj());
                glyphCount++;
                bold += isBold(g.getFont()) ? 1 : 0;
            }
        }
        StringBuilder text = new StringBuilder();
        for (Piece piece : pieces) {
            List<TextPosition> glyphs = piece.glyphs();
            boolean aligned = glyphs.size() == piece.text().length();
            for (int i = 0; i < piece.text().length(); i++) {
                char c = piece.text().charAt(i);
                if (aligned && c >= '0' && c <= '9' && isRaised(glyphs.get(i), body, baseline)) {
                    int end = i;
                    while (end < piece.text().length() && Character.isDigit(piece.text().charAt(end))
                            && isRaised(glyphs.get(end), body, baseline)) {
                        end++;
                    }
                    text.append("<sup>").append(piece.text(), i, end).append("</sup>");
                    i = end - 1;
                    continue;
                }
                text.append(c == '\n' || c == '\r' || c == '\f' || c == '\u2028' || c == '\u2029' || c == '\u0085'
                        || c == '\u000B' ? ' ' : c);
            }
        }
        String s = text.toString().strip();
        if (!s.isEmpty()) {
            page.add(new PendingLine(s, x, right, baseline, body, bold * 2 > glyphCount));
        }
    }

    /** A piece drawn this far left of where the one before it starts was drawn out of order (a label drawn last). */
    private static final float DRAWN_BEFORE = 5f;

    /**
     * The pieces of a left-to-right row in the order they stand on the page: a paragraph's number drawn after
     * its first line's text (as some exports draw list labels) comes first again. Right-to-left rows are left
     * as PDFBox ordered them.
     */
    private static List<Piece> inVisualOrder(List<Piece> pieces) {
        float previousStart = -Float.MAX_VALUE;
        boolean outOfOrder = false;
        for (Piece piece : pieces) {
            if (piece.glyphs().isEmpty()) {
                continue;
            }
            if (isRightToLeft(piece.text())) {
                return pieces;
            }
            float start = piece.glyphs().get(0).getXDirAdj();
            outOfOrder |= start < previousStart - DRAWN_BEFORE;
            previousStart = start;
        }
        if (!outOfOrder) {
            return pieces;
        }
        List<Piece> words = new ArrayList<>();
        for (Piece piece : pieces) {
            if (!piece.glyphs().isEmpty()) {
                words.add(piece);
            }
        }
        words.sort(java.util.Comparator.comparingDouble(p -> p.glyphs().get(0).getXDirAdj()));
        List<Piece> ordered = new ArrayList<>();
        for (Piece word : words) {
            if (!ordered.isEmpty()) {
                ordered.add(new Piece(" ", List.of()));
            }
            ordered.add(word);
        }
        return ordered;
    }

    private static boolean isRightToLeft(String text) {
        for (int i = 0; i < text.length(); i++) {
            byte d = Character.getDirectionality(text.charAt(i));
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
        }
        return false;
    }

    /** The size most of the line's glyphs are printed in (the largest of equals), NaN for a blank line. */
    private static float bodySize(List<Piece> pieces) {
        float[] sizes = new float[8];
        int[] counts = new int[8];
        int n = 0;
        for (Piece piece : pieces) {
            for (TextPosition g : piece.glyphs()) {
                if (isBlank(g)) {
                    continue;
                }
                float size = size(g);
                int k = 0;
                while (k < n && sizes[k] != size) {
                    k++;
                }
                if (k == n) {
                    if (n == sizes.length) {
                        sizes = java.util.Arrays.copyOf(sizes, n * 2);
                        counts = java.util.Arrays.copyOf(counts, n * 2);
                    }
                    sizes[n++] = size;
                }
                counts[k]++;
            }
        }
        float best = Float.NaN;
        int bestCount = 0;
        for (int k = 0; k < n; k++) {
            if (counts[k] > bestCount || counts[k] == bestCount && sizes[k] > best) {
                best = sizes[k];
                bestCount = counts[k];
            }
        }
        return best;
    }

    private static boolean isBlank(TextPosition g) {
        String u = g.getUnicode();
        return u.isEmpty() || u.length() == 1 && Character.isWhitespace(u.charAt(0));
    }

    private static boolean isRaised(TextPosition g, float body, float baseline) {
        return size(g) < body * SMALLER && g.getYDirAdj() < baseline - body * RAISED;
    }

    private static float size(TextPosition g) {
        return Math.round(g.getFontSizeInPt() * 2) / 2f;
    }

    private boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        return boldFonts.computeIfAbsent(font, f -> {
            String name = f.getName() == null ? "" : f.getName().toLowerCase();
            PDFontDescriptor d = f.getFontDescriptor();
            return name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("semibold")
                    || d != null && (d.isForceBold() || d.getFontWeight() >= 600);
        });
    }
}
