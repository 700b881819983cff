package docpipe.query.compare;

import docpipe.events.DocumentId;
import docpipe.query.web.BadRequestException;
import docpipe.query.web.DocumentIdConverter;
import docpipe.query.web.QueryParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;

@RestController
@RequestMapping("/api/documents/{id}")
@Tag(name = "documents")
class ComparisonController {

    private final DocumentComparisons comparisons;

    ComparisonController(DocumentComparisons comparisons) {
        this.comparisons = comparisons;
    }

    @GetMapping("/compare/{otherId}")
    @Operation(summary = "What changed from the other document to this one: paragraphs added, removed, changed "
            + "(with similarity and the corresponding paragraph) or unchanged, within the same role or kind",
            parameters = {
                    @Parameter(name = "id", in = ParameterIn.PATH, description = "the later document", example = "3f1c2a9b8d7e6f5a4b3c2d1e"),
                    @Parameter(name = "otherId", in = ParameterIn.PATH, description = "the document it is compared with", example = "0033e8a0167c27576b629640"),
                    @Parameter(name = "threshold", in = ParameterIn.QUERY, description = "least similarity (0–1) for two paragraphs to correspond; default 0.5", example = "0.5")})
    DocumentComparisons.DocumentComparison compare(@PathVariable DocumentId id, @PathVariable DocumentId otherId,
                                                   HttpServletRequest request) {
        QueryParameters parameters = QueryParameters.of(request.getParameterMap(), Set.of("threshold"));
        return comparisons.compare(id, otherId, threshold(parameters));
    }

    @GetMapping("/compare")
    @Operation(summary = "The same comparison with the other document given as ?with=",
            parameters = @Parameter(name = "with", in = ParameterIn.QUERY, required = true, example = "0033e8a0167c27576b629640"))
    DocumentComparisons.DocumentComparison compareWith(@PathVariable DocumentId id, HttpServletRequest request) {
        QueryParameters parameters = QueryParameters.of(request.getParameterMap(), Set.of("with", "threshold"));
        String with = parameters.single("with");
        if (with == null) {
            throw new BadRequestException("with is required: the id of the document to compare with");
        }
        return comparisons.compare(id, DocumentIdConverter.parse("with", with), threshold(parameters));
    }

    private static double threshold(QueryParameters parameters) {
        String value = parameters.single("threshold");
        if (value == null) {
            return ParagraphMatcher.DEFAULT_THRESHOLD;
        }
        try {
            double t = Double.parseDouble(value);
            if (t > 0 && t <= 1) {
                return t;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestException("threshold must be a number above 0 and at most 1, not '" + value + "'");
    }
}
