package docpipe.events;

import java.util.List;

/**
 * A document's text and structure as the parse service recovers it: its metadata and every heading,
 * paragraph, list item and footnote in document order. The same shape is returned by
 * {@code POST /api/parse} and carried by {@link DocumentParsed}.
 */
public record ParsedDocument(Metadata metadata, List<Paragraph> paragraphs) {

    public ParsedDocument {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }

    /**
     * What the document says about itself. {@code symbol} is the UN symbol as written in English
     * ({@code A/79/837}); {@code type} what it is (an unknown name reads as OTHER); {@code language} ISO 639-1;
     * {@code date} ISO 8601; absent values are null.
     */
    public record Metadata(
            String symbol,
            String title,
            String language,
            DocumentType type,
            String date,
            String session,
            String agendaItem,
            List<String> agendaItems,
            Integer pageCount) {

        public Metadata {
            agendaItems = agendaItems == null ? List.of() : List.copyOf(agendaItems);
        }
    }

    /**
     * One item of the document: its {@code kind}; its {@code role} in resolutions, else null; {@code number}
     * the printed label ({@code "12"}, {@code "98(a)"}, a footnote's mark), null when none; {@code sectionPath}
     * the enclosing headings, outermost first; {@code page} the page where it starts, when the format has
     * pages; {@code footnotes} the marks of the footnotes this item refers to.
     */
    public record Paragraph(
            int index,
            String number,
            ParagraphKind kind,
            ParagraphRole role,
            List<String> sectionPath,
            String text,
            Integer page,
            List<String> footnotes) {

        public Paragraph {
            sectionPath = sectionPath == null ? List.of() : List.copyOf(sectionPath);
            footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
        }
    }
}
