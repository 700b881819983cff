package docpipe.enrich.web;

import docpipe.enrich.annotate.Annotator;
import docpipe.events.Annotations;
import docpipe.pipeline.preview.PreviewAccessFilter;
import docpipe.pipeline.preview.PreviewWorkers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/annotate}: the themes, SDG goals and entities of one text, synchronously. It needs the ingest
 * token ({@link PreviewAccessFilter}) and runs on the previews' own bounded workers, never the pipeline's listeners.
 */
@RestController
class AnnotateController {

    /** The largest text annotated in one request; a whole document goes through the pipeline instead. */
    static final int MAX_TEXT_LENGTH = 200_000;

    private final Annotator annotator;
    private final PreviewWorkers workers;

    AnnotateController(Annotator annotator, PreviewWorkers workers) {
        this.annotator = annotator;
        this.workers = workers;
    }

    record AnnotateRequest(String text, String language) {
    }

    @PostMapping(path = "/api/annotate", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Annotations annotate(@RequestBody AnnotateRequest request) throws Exception {
        if (request.text() == null || request.text().isBlank()) {
            throw new IllegalArgumentException("Field 'text' is required and must not be blank.");
        }
        if (request.text().length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("Field 'text' is longer than " + MAX_TEXT_LENGTH + " characters.");
        }
        return workers.run(() -> annotator.annotate(request.text(), request.language()));
    }

    @ExceptionHandler(PreviewWorkers.Busy.class)
    ResponseEntity<ProblemDetail> busy(PreviewWorkers.Busy e) {
        return e.response();
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid annotate request");
        return problem;
    }
}
