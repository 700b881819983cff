package docpipe.query.web;

import java.time.LocalDate;
import java.util.List;

/**
 * The validated filters of a search, combined with AND. Repeated tag filters (themes, goals, entities,
 * entity types) ask for all of them; repeated types or languages for any of them.
 *
 * @param symbolKey the document symbol in {@link docpipe.untext.UnSymbols#key} form, or null
 * @param dateFrom  first day of the document date, inclusive, or null
 * @param dateTo    last day of the document date, inclusive, or null
 */
public record ParagraphFilter(String symbolKey, List<String> types, List<String> languages, List<String> themes,
                              List<Integer> sdgs, List<String> entities, List<String> entityTypes, String documentId,
                              LocalDate dateFrom, LocalDate dateTo) {

    public ParagraphFilter {
        types = List.copyOf(types);
        languages = List.copyOf(languages);
        themes = List.copyOf(themes);
        sdgs = List.copyOf(sdgs);
        entities = List.copyOf(entities);
        entityTypes = List.copyOf(entityTypes);
    }

    /** No filter at all. */
    public static final ParagraphFilter NONE = new ParagraphFilter(null, List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), null, null, null);

    public boolean isEmpty() {
        return equals(NONE);
    }
}
