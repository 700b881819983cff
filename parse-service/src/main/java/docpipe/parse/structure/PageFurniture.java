package docpipe.parse.structure;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the lines that belong to the page rather than to the text: the patterns of furniture.tsv
 * (page and job numbers, barcodes, link URLs, separators) and the running headers that this document
 * repeats from page to page, learned from the document itself.
 */
final class PageFurniture {

    /** A running header is short; a line of text repeated this often is not text. */
    private static final int MAX_HEADER_LENGTH = 120;
    private static final int MIN_REPEATS = 3;
    private static final int EDGE_LINES = 4;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern BARE_NUMBER = Pattern.compile("[1-9]\\d{0,3}");
    /** Pages before the numbering starts (cover, title page, contents) that a page number may run ahead of. */
    private static final int MAX_PAGE_OFFSET = 10;
    private static final int MIN_TITLE_PART = 12;
    /** A running title may take four lines, beside the symbol and page number. */
    private static final int HEADER_LINES = 6;

    private final StructurePatterns patterns;
    private final Set<String> repeated = new HashSet<>();
    private final Set<Integer> pageNumbers = new HashSet<>();
    private final Set<Integer> pageTops = new HashSet<>();
    private String masthead = "";
    private String symbol;

    PageFurniture(StructurePatterns patterns, List<Line> lines, boolean paged) {
        this.patterns = patterns;
        learn(lines, paged);
    }

    void symbol(String documentSymbol) {
        this.symbol = documentSymbol;
    }

    /** The masthead's text, whose title later pages repeat at their top as a running header. */
    void masthead(List<Line> lines) {
        this.masthead = String.join(" ", lines.stream().map(Line::text).toList());
    }

    /** Furniture by its text, or a bare page number printed at the top or foot of a laid-out page. */
    boolean isFurniture(Line line) {
        return pageNumbers.contains(line.position()) || isFurniture(line.text()) || repeatsTitle(line);
    }

    /** A line at the top of a later page that repeats part of the masthead (the title as a running header). */
    private boolean repeatsTitle(Line line) {
        return pageTops.contains(line.position()) && line.text().length() >= MIN_TITLE_PART
                && masthead.contains(line.text());
    }

    boolean isFurniture(String text) {
        return patterns.matches("furniture", null, text) || isRunningHeader(text);
    }

    boolean isPageEdge(Line line) {
        return pageNumbers.contains(line.position()) || isPageEdge(line.text());
    }

    /** A line after which a footnote block cannot go on: the page ends or the next page begins. */
    boolean isPageEdge(String text) {
        return patterns.matches("page-end", null, text) || isRunningHeader(text);
    }

    boolean isRunningHeader(String text) {
        return repeated.contains(key(text)) || symbol != null && text.replace(" ", "").equals(symbol.replace(" ", ""));
    }

    private void learn(List<Line> lines, boolean paged) {
        Map<String, Set<Object>> seen = new HashMap<>();
        Map<Integer, List<Line>> byPage = new HashMap<>();
        for (Line line : lines) {
            byPage.computeIfAbsent(line.page() == null ? 0 : line.page(), k -> new java.util.ArrayList<>()).add(line);
        }
        for (List<Line> page : byPage.values()) {
            for (int i = 0; i < page.size(); i++) {
                boolean edge = !paged || i < EDGE_LINES || i >= page.size() - EDGE_LINES;
                Line line = page.get(i);
                if (!edge || line.text().length() > MAX_HEADER_LENGTH || line.text().startsWith("<sup>")
                        || patterns.matches("numbered", null, line.text()) || line.text().matches("[\\d().]+")) {
                    continue;
                }
                // Without pages every occurrence counts; with pages, one per page.
                seen.computeIfAbsent(key(line.text()), k -> new HashSet<>()).add(paged ? line.page() : line.position());
            }
        }
        for (List<Line> page : byPage.values()) {
            if (paged && page.get(0).page() != null && page.get(0).page() > 1) {
                page.stream().limit(HEADER_LINES).forEach(l -> pageTops.add(l.position()));
            }
            for (Line line : List.of(page.get(0), page.get(page.size() - 1))) {
                if (line.style() != null && BARE_NUMBER.matcher(line.text()).matches()
                        && Integer.parseInt(line.text()) <= byPage.size() + MAX_PAGE_OFFSET) {
                    pageNumbers.add(line.position());
                }
            }
        }
        int pages = byPage.size();
        int threshold = paged ? Math.max(MIN_REPEATS, (pages + 2) / 3) : MIN_REPEATS;
        seen.forEach((key, where) -> {
            if (where.size() >= threshold && key.length() > 1) {
                repeated.add(key);
            }
        });
    }

    private static String key(String text) {
        return DIGITS.matcher(text.replace(" ", "")).replaceAll("#");
    }
}
