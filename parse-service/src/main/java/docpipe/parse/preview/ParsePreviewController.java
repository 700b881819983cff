package docpipe.parse.preview;

import docpipe.events.ParsedDocument;
import docpipe.parse.extract.UnreadableDocumentException;
import docpipe.pipeline.preview.PreviewAccessFilter;
import docpipe.pipeline.preview.PreviewWorkers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/parse}: parses an uploaded file synchronously and returns the same shape the pipeline
 * publishes on {@code docs.parsed}, without storing anything (a preview). It needs the ingest token
 * ({@link PreviewAccessFilter}) and runs on the previews' own bounded workers ({@link PreviewWorkers}).
 */
@RestController
class ParsePreviewController {

    private final PreviewReader reader;

    ParsePreviewController(PreviewReader reader) {
        this.reader = reader;
    }

    @PostMapping(path = "/api/parse", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ParsedDocument parse(@RequestPart("file") MultipartFile file) throws Exception {
        if (file.isEmpty()) {
            throw new UnreadableDocumentException("empty", "The file is empty.");
        }
        return reader.read(file.getBytes(), file.getOriginalFilename(), file.getContentType());
    }

    @ExceptionHandler(PreviewWorkers.Busy.class)
    ResponseEntity<ProblemDetail> busy(PreviewWorkers.Busy e) {
        return e.response();
    }

    @ExceptionHandler(UnreadableDocumentException.class)
    ProblemDetail unreadable(UnreadableDocumentException e) {
        var status = "empty".equals(e.reason()) ? HttpStatus.BAD_REQUEST
                : "unsupported-type".equals(e.reason()) ? HttpStatus.UNSUPPORTED_MEDIA_TYPE
                : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle("Unreadable document");
        problem.setProperty("reason", e.reason());
        return problem;
    }
}
