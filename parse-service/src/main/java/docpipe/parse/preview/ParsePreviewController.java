package docpipe.parse.preview;

import docpipe.events.ParsedDocument;
import docpipe.parse.extract.DocumentReader;
import docpipe.parse.extract.UnreadableDocumentException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;

/**
 * {@code POST /api/parse}: parses an uploaded file synchronously and returns the same shape the pipeline
 * publishes on {@code docs.parsed}, without storing anything (a preview).
 */
@RestController
class ParsePreviewController {

    private final DocumentReader reader;

    ParsePreviewController(DocumentReader reader) {
        this.reader = reader;
    }

    @PostMapping(path = "/api/parse", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ParsedDocument parse(@RequestPart("file") MultipartFile file) throws IOException, UnreadableDocumentException {
        if (file.isEmpty()) {
            throw new UnreadableDocumentException("empty", "The file is empty.");
        }
        try (InputStream in = file.getInputStream()) {
            return reader.read(in, file.getOriginalFilename(), file.getContentType());
        }
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
