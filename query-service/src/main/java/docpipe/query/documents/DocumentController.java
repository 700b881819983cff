package docpipe.query.documents;

import docpipe.events.DocumentId;
import docpipe.query.documents.DocumentQueries.Page;
import docpipe.query.documents.Views.DocumentSummary;
import docpipe.query.documents.Views.DocumentView;
import docpipe.query.documents.Views.FailureView;
import docpipe.query.documents.Views.ParagraphView;
import docpipe.query.intake.StatusReadThrough;
import docpipe.query.web.ExportFormat;
import docpipe.query.web.Exports;
import docpipe.query.web.FilterParameters;
import docpipe.query.web.NotFoundException;
import docpipe.query.web.Paging;
import docpipe.query.web.QueryParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@RestController
@RequestMapping("/api")
@Tag(name = "documents", description = "Documents, their status, paragraphs and citations")
class DocumentController {

    private static final Set<String> LIST_PARAMETERS = union(FilterParameters.COMMON, FilterParameters.DOCUMENT_ONLY,
            Paging.PARAMETERS, Set.of("sort"));
    private static final Set<String> PARAGRAPH_PARAMETERS = Set.of("format");
    private static final List<String> CSV_HEADER = List.of("documentId", "index", "number", "kind", "role",
            "sectionPath", "page", "text", "themes", "sdgs", "entities", "footnotes");

    private final DocumentQueries queries;
    private final StatusReadThrough statusReadThrough;
    private final JsonMapper json;

    DocumentController(DocumentQueries queries, StatusReadThrough statusReadThrough, JsonMapper json) {
        this.queries = queries;
        this.statusReadThrough = statusReadThrough;
        this.json = json;
    }

    @GetMapping("/documents/{id}")
    @Operation(summary = "One document: status, metadata, theme/SDG/entity profiles, references and cited-by",
            parameters = @Parameter(name = "id", in = ParameterIn.PATH, example = "3f1c2a9b8d7e6f5a4b3c2d1e"))
    DocumentView document(@PathVariable DocumentId id, HttpServletRequest request) {
        QueryParameters.of(request.getParameterMap(), Set.of());
        try {
            return queries.document(id);
        } catch (NotFoundException e) {
            // accepted by ingest a moment ago, its RECEIVED status may not be read yet: read through to now, look again
            if (statusReadThrough.awaitReadThroughNow()) {
                return queries.document(id);
            }
            throw e;
        }
    }

    @GetMapping("/documents")
    @Operation(summary = "Documents matching every filter given, newest first or by symbol",
            parameters = {
                    @Parameter(name = "type", in = ParameterIn.QUERY, example = "RESOLUTION"),
                    @Parameter(name = "language", in = ParameterIn.QUERY, example = "zh"),
                    @Parameter(name = "symbol", in = ParameterIn.QUERY, example = "A/RES/79/319"),
                    @Parameter(name = "theme", in = ParameterIn.QUERY, example = "gender-equality"),
                    @Parameter(name = "sdg", in = ParameterIn.QUERY, example = "5"),
                    @Parameter(name = "entity", in = ParameterIn.QUERY, example = "org:IPU"),
                    @Parameter(name = "stage", in = ParameterIn.QUERY, example = "FAILED"),
                    @Parameter(name = "dateFrom", in = ParameterIn.QUERY, example = "2025-01-01"),
                    @Parameter(name = "dateTo", in = ParameterIn.QUERY, example = "2025-12-31"),
                    @Parameter(name = "sort", in = ParameterIn.QUERY, example = "date,desc"),
                    @Parameter(name = "page", in = ParameterIn.QUERY, example = "0"),
                    @Parameter(name = "size", in = ParameterIn.QUERY, example = "20")})
    Page<DocumentSummary> documents(HttpServletRequest request) {
        QueryParameters parameters = QueryParameters.of(request.getParameterMap(), LIST_PARAMETERS);
        return queries.list(FilterParameters.documents(parameters), DocumentSort.of(parameters.single("sort")),
                Paging.of(parameters));
    }

    @GetMapping("/documents/{id}/paragraphs")
    @Operation(summary = "A document's paragraphs in document order with their tags; format=jsonl|csv exports them")
    ResponseEntity<?> paragraphs(@PathVariable DocumentId id, HttpServletRequest request) {
        QueryParameters parameters = QueryParameters.of(request.getParameterMap(), PARAGRAPH_PARAMETERS);
        ExportFormat format = ExportFormat.of(parameters.single("format"), request.getHeader(HttpHeaders.ACCEPT));
        List<ParagraphView> paragraphs = queries.paragraphs(id);
        return switch (format) {
            case JSON -> ResponseEntity.ok(Map.of("items", paragraphs));
            case JSONL -> Exports.jsonLines(paragraphs, json, id + "-paragraphs");
            case CSV -> Exports.csv(paragraphs, CSV_HEADER, p -> Arrays.asList(p.documentId(), p.index(),
                    p.number(), p.kind(), p.role(), String.join(" > ", p.sectionPath()), p.page(), p.text(), p.themes().stream().map(Views.ThemeScore::id).toList(),
                    p.sdgs().stream().map(Views.SdgScore::goal).toList(),
                    p.entities().stream().map(Views.Mention::id).distinct().toList(), p.footnotes()),
                    id + "-paragraphs");
        };
    }

    @GetMapping("/failures")
    @Operation(summary = "Documents whose processing failed, newest failure first")
    Page<FailureView> failures(HttpServletRequest request) {
        return queries.failures(Paging.of(QueryParameters.of(request.getParameterMap(), Paging.PARAMETERS)));
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }
}
