package docpipe.query.store;

import docpipe.events.DocumentId;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One paragraph as the read model keeps it: the parsed paragraph, its tags, and the fields of its document that a
 * search hit shows ({@code source}), so a page of hits is read without reading their documents.
 */
public record StoredParagraph(ParagraphId id, String number, String kind, String role, List<String> sectionPath,
                              String text, Integer page, List<String> footnotes, List<ThemeScore> themes,
                              List<SdgScore> sdgs, List<Mention> entities, Source source, Instant enrichedAt) {

    public StoredParagraph {
        sectionPath = sectionPath == null ? List.of() : List.copyOf(sectionPath);
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
        themes = themes == null ? List.of() : List.copyOf(themes);
        sdgs = sdgs == null ? List.of() : List.copyOf(sdgs);
        entities = entities == null ? List.of() : List.copyOf(entities);
        source = source == null ? Source.NONE : source;
    }

    public DocumentId documentId() {
        return id.documentId();
    }

    public int index() {
        return id.index();
    }

    /** The ids of the entities it mentions, each once, in order of first mention. */
    public List<String> entityIds() {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        entities.forEach(e -> ids.add(e.id()));
        return List.copyOf(ids);
    }

    public record ThemeScore(String id, double score, List<String> evidence) {

        public ThemeScore {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    public record SdgScore(int goal, double score, List<String> evidence) {

        public SdgScore {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    /** An entity mentioned in the text: {@code start}/{@code end} are offsets into {@code text}. */
    public record Mention(String id, String type, String text, String name, int start, int end) {
    }

    /** The document's symbol, title, type, language and date, copied onto each of its paragraphs. */
    public record Source(String symbol, String title, String type, String language, String date) {

        static final Source NONE = new Source(null, null, null, null, null);
    }
}
