package docpipe.query.store;

import docpipe.events.Stage;

import java.time.LocalDate;
import java.util.List;

/**
 * The filters of the document list, combined with AND: repeated tags (themes, goals, entities) must all be there,
 * repeated types, languages or stages any of them.
 *
 * @param symbolKey the symbol in {@link docpipe.untext.UnSymbols#key} form, or null
 * @param dateFrom  first day of the document date, inclusive, or null
 * @param dateTo    last day of the document date, inclusive, or null
 */
public record DocumentFilter(String symbolKey, List<String> types, List<String> languages, List<String> themes,
                             List<Integer> sdgs, List<String> entities, LocalDate dateFrom, LocalDate dateTo,
                             List<Stage> stages) {

    public DocumentFilter {
        types = List.copyOf(types);
        languages = List.copyOf(languages);
        themes = List.copyOf(themes);
        sdgs = List.copyOf(sdgs);
        entities = List.copyOf(entities);
        stages = List.copyOf(stages);
    }
}
