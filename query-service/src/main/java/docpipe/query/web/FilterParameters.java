package docpipe.query.web;

import docpipe.events.Stage;
import docpipe.query.store.DocumentFilter;
import docpipe.untext.UnSymbols;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The filters of the document list and the search, combined with AND: a {@link DocumentFilter} for the document
 * list, a {@link ParagraphFilter} for the search index.
 * Repeating a tag filter ({@code theme=health&theme=youth}) asks for all of them; repeating
 * {@code type} or {@code language} for any of them.
 */
public final class FilterParameters {

    /** Filters both endpoints accept. */
    public static final Set<String> COMMON = Set.of("symbol", "type", "language", "theme", "sdg", "entity",
            "dateFrom", "dateTo");
    /** Filters only the search accepts (they are paragraph properties). */
    public static final Set<String> PARAGRAPH_ONLY = Set.of("documentId", "entityType");
    /** Filters only the document list accepts. */
    public static final Set<String> DOCUMENT_ONLY = Set.of("stage");

    private static final Set<String> TYPES = Set.of("REPORT", "RESOLUTION", "DECISION", "NOTE", "LETTER", "OTHER");
    private static final Set<String> ENTITY_TYPES = Set.of("ORGANIZATION", "COUNTRY", "PLACE", "INSTRUMENT",
            "DOCUMENT", "EVENT", "PERSON", "DATE", "PERCENT");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private FilterParameters() {
    }

    public static DocumentFilter documents(QueryParameters parameters) {
        ParagraphFilter common = common(parameters, null, List.of());
        List<Stage> stages = parameters.all("stage").stream().map(FilterParameters::stage).toList();
        return new DocumentFilter(common.symbolKey(), common.types(), common.languages(), common.themes(),
                common.sdgs(), common.entities(), common.dateFrom(), common.dateTo(), stages);
    }

    /** Entity ids as enrich writes them: a {@code doc:} id in the shared normaliser's form, whatever the spacing typed. */
    private static List<String> entities(List<String> ids) {
        return ids.stream().map(id -> id.regionMatches(true, 0, "doc:", 0, 4) ? UnSymbols.documentId(id) : id).toList();
    }

    /** The filters of the search: the common ones plus {@code documentId} and {@code entityType}. */
    public static ParagraphFilter paragraphs(QueryParameters parameters) {
        String documentId = parameters.single("documentId");
        if (documentId != null) {
            DocumentIdConverter.parse("documentId", documentId);
        }
        List<String> entityTypes = parameters.all("entityType").stream()
                .map(t -> oneOf("entityType", t.toUpperCase(Locale.ROOT), ENTITY_TYPES)).toList();
        return common(parameters, documentId, entityTypes);
    }

    private static ParagraphFilter common(QueryParameters parameters, String documentId, List<String> entityTypes) {
        String symbol = parameters.single("symbol");
        List<String> types = parameters.all("type").stream()
                .map(t -> oneOf("type", t.toUpperCase(Locale.ROOT), TYPES)).toList();
        List<String> languages = parameters.all("language").stream().map(FilterParameters::language).toList();
        List<Integer> sdgs = parameters.all("sdg").stream().map(FilterParameters::sdg).toList();
        LocalDate from = parameters.date("dateFrom");
        LocalDate to = parameters.date("dateTo");
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequestException("dateFrom " + from + " is after dateTo " + to);
        }
        return new ParagraphFilter(symbol == null ? null : UnSymbols.key(symbol), types, languages,
                parameters.all("theme"), sdgs, entities(parameters.all("entity")), entityTypes, documentId, from, to);
    }

    private static String oneOf(String name, String value, Set<String> allowed) {
        if (!allowed.contains(value)) {
            throw new BadRequestException(name + " must be one of " + String.join(", ", new java.util.TreeSet<>(allowed))
                    + ", not '" + value + "'");
        }
        return value;
    }

    private static String language(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(lower).matches()) {
            throw new BadRequestException("language must be an ISO 639-1 code such as zh or en, not '" + value + "'");
        }
        return lower;
    }

    private static int sdg(String value) {
        try {
            int goal = Integer.parseInt(value);
            if (goal >= 1 && goal <= 17) {
                return goal;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestException("sdg must be a goal number from 1 to 17, not '" + value + "'");
    }

    private static Stage stage(String value) {
        try {
            return Stage.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("stage must be one of RECEIVED, PARSED, ENRICHED, STORED, FAILED, not '" + value + "'");
        }
    }
}
