package docpipe.query.search;

import docpipe.query.web.ExportFormat;
import docpipe.query.web.Exports;
import docpipe.query.web.FilterParameters;
import docpipe.query.web.Paging;
import docpipe.query.web.ParagraphFilter;
import docpipe.query.web.QueryParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@RestController
@Tag(name = "search", description = "Full-text search over paragraphs in every UN language, with facets")
class SearchController {

    private static final Set<String> PARAMETERS;
    private static final List<String> CSV_HEADER = List.of("documentId", "symbol", "index", "number", "score",
            "text", "themes", "sdgs", "entities");

    static {
        Set<String> names = new HashSet<>(Set.of("q", "format", "facets"));
        names.addAll(FilterParameters.COMMON);
        names.addAll(FilterParameters.PARAGRAPH_ONLY);
        names.addAll(Paging.PARAMETERS);
        PARAMETERS = Set.copyOf(names);
    }

    private final SearchService search;
    private final SearchIndexHealth index;
    private final JsonMapper json;

    SearchController(SearchService search, SearchIndexHealth index, JsonMapper json) {
        this.search = search;
        this.index = index;
        this.json = json;
    }

    /** The search index's state behind the API's access rule: the public health shows only UP or DOWN. */
    @GetMapping("/api/search/index")
    @Operation(summary = "The search index of this instance: state (starting, catching up, current), documents, "
            + "paragraphs and the records of docs.enriched not yet indexed")
    SearchIndexHealth.Status index() {
        return index.status();
    }

    @GetMapping("/api/search")
    @Operation(summary = "Paragraphs containing every term of q, best first, with a highlighted snippet and facets "
            + "over the whole result; format=jsonl|csv exports every hit",
            parameters = {
                    @Parameter(name = "q", in = ParameterIn.QUERY, required = true, example = "妇女 议会"),
                    @Parameter(name = "theme", in = ParameterIn.QUERY, example = "gender-equality"),
                    @Parameter(name = "entity", in = ParameterIn.QUERY, example = "org:UNDP"),
                    @Parameter(name = "entityType", in = ParameterIn.QUERY, example = "ORGANIZATION"),
                    @Parameter(name = "sdg", in = ParameterIn.QUERY, example = "5"),
                    @Parameter(name = "type", in = ParameterIn.QUERY, example = "REPORT"),
                    @Parameter(name = "language", in = ParameterIn.QUERY, example = "zh"),
                    @Parameter(name = "symbol", in = ParameterIn.QUERY, example = "A/79/837"),
                    @Parameter(name = "documentId", in = ParameterIn.QUERY),
                    @Parameter(name = "dateFrom", in = ParameterIn.QUERY, example = "2025-01-01"),
                    @Parameter(name = "dateTo", in = ParameterIn.QUERY, example = "2025-12-31"),
                    @Parameter(name = "facets", in = ParameterIn.QUERY, example = "true"),
                    @Parameter(name = "page", in = ParameterIn.QUERY, example = "0"),
                    @Parameter(name = "size", in = ParameterIn.QUERY, example = "20"),
                    @Parameter(name = "format", in = ParameterIn.QUERY, example = "csv")})
    ResponseEntity<?> search(HttpServletRequest request) {
        QueryParameters parameters = QueryParameters.of(request.getParameterMap(), PARAMETERS);
        String q = parameters.single("q");
        ParagraphFilter filters = FilterParameters.paragraphs(parameters);
        ExportFormat format = ExportFormat.of(parameters.single("format"), request.getHeader(HttpHeaders.ACCEPT));
        if (format == ExportFormat.JSON) {
            Paging paging = Paging.of(parameters);
            return ResponseEntity.ok(search.search(q, filters, paging, facets(parameters.single("facets"))));
        }
        List<SearchResult.Hit> hits = search.all(q, filters);
        if (format == ExportFormat.JSONL) {
            return Exports.jsonLines(hits, json, "search");
        }
        return Exports.csv(hits, CSV_HEADER, h -> Arrays.asList(h.documentId(), h.symbol(), h.index(), h.number(),
                h.score(), h.text(), h.themes().stream().map(t -> t.id()).toList(),
                h.sdgs().stream().map(s -> s.goal()).toList(),
                h.entities().stream().map(e -> e.id()).distinct().toList()), "search");
    }

    private static boolean facets(String value) {
        if (value == null || value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new docpipe.query.web.BadRequestException("facets must be true or false, not '" + value + "'");
    }
}
