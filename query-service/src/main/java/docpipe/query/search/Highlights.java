package docpipe.query.search;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * The snippet of a hit: the passage of its paragraph (about {@link #WINDOW} characters) that shows the most of
 * the query, with the matches in {@code <em>}, from Lucene's unified highlighter reading the text with the same
 * analyzer the index used. The text is HTML-escaped, so the snippet can be put into a page as it is.
 */
final class Highlights {

    static final int WINDOW = 160;

    private final UnifiedHighlighter highlighter = UnifiedHighlighter.builderWithoutSearcher(TextAnalysis.indexAnalyzer())
            .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "… ", true))
            .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                    BreakIterator.getSentenceInstance(Locale.ROOT), WINDOW, 0.5f))
            .withMaxNoHighlightPassages(1)
            .build();

    /**
     * The snippet of {@code text} (a paragraph in a document of {@code language}) for {@code query}. Only the query's
     * part in the paragraph's own field is highlighted: the rest cannot match there, and weighing it for every hit
     * (phrases in seven fields for a Latin query) made up most of the snippets' cost.
     */
    String snippet(String text, String language, IndexQuery query) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String field = TextAnalysis.fieldFor(text, language).field;
        Query inField = query.textIn(field);
        if (inField == null) {
            return lead(text);
        }
        String snippet = highlight(field, inField, text);
        return snippet == null ? lead(text) : snippet.strip();
    }

    private String highlight(String field, Query query, String text) {
        try {
            Object highlighted = highlighter.highlightWithoutSearcher(field, query, text, 1);
            return highlighted == null ? null : highlighted.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lead(String text) {
        String cut = text.length() <= WINDOW ? text : text.substring(0, WINDOW) + "…";
        return cut.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
