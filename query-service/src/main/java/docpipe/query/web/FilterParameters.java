package docpipe.query.web;

import com.mongodb.client.model.Filters;
import docpipe.events.DocumentId;
import docpipe.events.Stage;
import docpipe.untext.UnSymbols;
import org.bson.conversions.Bson;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The filters of the document list and the search, combined with AND: MongoDB filters for the document
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

    public static Bson documents(QueryParameters parameters) {
        List<Bson> filters = bson(common(parameters, null, List.of()));
        List<String> stages = parameters.all("stage").stream().map(s -> stage(s).name()).toList();
        if (!stages.isEmpty()) {
            filters.add(Filters.in("status.stage", stages));
        }
        return and(filters);
    }

    /** Entity ids as enrich writes them: a {@code doc:} id in the shared normaliser's form, whatever the spacing typed. */
    private static List<String> entities(List<String> ids) {
        return ids.stream().map(id -> id.regionMatches(true, 0, "doc:", 0, 4) ? UnSymbols.documentId(id) : id).toList();
    }

    /** The filters of the search: the common ones plus {@code documentId} and {@code entityType}. */
    public static ParagraphFilter paragraphs(QueryParameters parameters) {
        String documentId = parameters.single("documentId");
        if (documentId != null && !DocumentId.isValid(documentId)) {
            throw new BadRequestException("documentId must be 24 lower-case hex digits, not '" + documentId + "'");
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

    /** The common filters on the fields of a document entry. */
    private static List<Bson> bson(ParagraphFilter f) {
        List<Bson> filters = new ArrayList<>();
        if (f.symbolKey() != null) {
            filters.add(Filters.eq("symbolKey", f.symbolKey()));
        }
        if (!f.types().isEmpty()) {
            filters.add(Filters.in("type", f.types()));
        }
        if (!f.languages().isEmpty()) {
            filters.add(Filters.in("language", f.languages()));
        }
        if (!f.themes().isEmpty()) {
            filters.add(Filters.all("themeIds", f.themes()));
        }
        if (!f.sdgs().isEmpty()) {
            filters.add(Filters.all("sdgGoals", f.sdgs()));
        }
        if (!f.entities().isEmpty()) {
            filters.add(Filters.all("entityIds", f.entities()));
        }
        // dates are ISO 8601 strings, so they compare in calendar order
        if (f.dateFrom() != null) {
            filters.add(Filters.gte("date", f.dateFrom().toString()));
        }
        if (f.dateTo() != null) {
            filters.add(Filters.lt("date", f.dateTo().plusDays(1).toString()));
        }
        return filters;
    }

    private static Bson and(List<Bson> filters) {
        return filters.isEmpty() ? new org.bson.Document() : Filters.and(filters);
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
