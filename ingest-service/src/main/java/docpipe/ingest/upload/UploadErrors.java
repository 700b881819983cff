package docpipe.ingest.upload;

import com.mongodb.MongoException;
import docpipe.ingest.intake.BrokerUnavailableException;
import docpipe.ingest.intake.IntakeBusyException;
import docpipe.ingest.intake.RejectedFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every refusal into an RFC 9457 problem that says what was wrong, without internals. Spring MVC's own
 * errors (an upload over the size limit: 413) come from {@link ResponseEntityExceptionHandler}.
 */
@RestControllerAdvice
class UploadErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(UploadErrors.class);

    @ExceptionHandler(RejectedFileException.class)
    ProblemDetail rejected(RejectedFileException e) {
        return problem(e.status(), "File rejected", e.getMessage());
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail badMultipart(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "Malformed upload",
                "The request is not a readable multipart upload with a part named 'file'.");
    }

    @ExceptionHandler(IntakeBusyException.class)
    ResponseEntity<ProblemDetail> busy(IntakeBusyException e) {
        return retryLater(problem(HttpStatus.SERVICE_UNAVAILABLE, "Busy", e.getMessage()));
    }

    @ExceptionHandler(MongoException.class)
    ResponseEntity<ProblemDetail> storeDown(MongoException e) {
        log.warn("Upload refused, the document store failed: {}", e.toString());
        return retryLater(problem(HttpStatus.SERVICE_UNAVAILABLE, "Document store temporarily unavailable",
                "The file could not be stored right now; nothing was accepted. Retry shortly."));
    }

    private static ResponseEntity<ProblemDetail> retryLater(ProblemDetail problem) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5").body(problem);
    }

    @ExceptionHandler(BrokerUnavailableException.class)
    ProblemDetail brokerDown(BrokerUnavailableException e) {
        log.warn("Upload stored but not yet announced: {}", e.getCause().toString());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Pipeline temporarily unavailable", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
