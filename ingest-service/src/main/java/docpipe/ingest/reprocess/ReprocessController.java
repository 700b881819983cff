package docpipe.ingest.reprocess;

import docpipe.events.DocumentId;
import docpipe.ingest.intake.Reprocessing;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/documents/{id}/reprocess} sends one stored file through the pipeline again;
 * {@code POST /api/reprocess?scope=failed} (the default) every file a stage failed on, {@code scope=all}
 * every file. Both need the ingest token.
 */
@RestController
class ReprocessController {

    private final Reprocessing reprocessing;

    ReprocessController(Reprocessing reprocessing) {
        this.reprocessing = reprocessing;
    }

    @PostMapping("/api/documents/{id}/reprocess")
    ResponseEntity<?> reprocessOne(@PathVariable String id) {
        if (!DocumentId.isValid(id)) {
            return problem(HttpStatus.BAD_REQUEST, "'" + id + "' is not a document id (24 hex digits).");
        }
        return reprocessing.reprocess(DocumentId.of(id))
                .<ResponseEntity<?>>map(done -> ResponseEntity.accepted()
                        .body(Map.of("id", done.value(), "status", "RECEIVED")))
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "No document with id " + id + " was ever accepted."));
    }

    @PostMapping("/api/reprocess")
    ResponseEntity<?> reprocessMany(@RequestParam(defaultValue = "failed") String scope) {
        if (!scope.equals("failed") && !scope.equals("all")) {
            return problem(HttpStatus.BAD_REQUEST, "scope must be 'failed' or 'all', not '" + scope + "'.");
        }
        List<String> ids = reprocessing.reprocessAll(scope.equals("failed")).stream().map(DocumentId::value).toList();
        return ResponseEntity.accepted().body(Map.of("scope", scope, "count", ids.size(), "ids", ids));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
