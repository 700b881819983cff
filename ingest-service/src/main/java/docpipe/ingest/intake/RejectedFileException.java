package docpipe.ingest.intake;

import org.springframework.http.HttpStatus;

/** A file the ingest service will not accept, with the HTTP status that says why. */
public class RejectedFileException extends RuntimeException {

    private final HttpStatus status;

    public RejectedFileException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    static RejectedFileException empty() {
        return new RejectedFileException(HttpStatus.BAD_REQUEST, "The file is empty.");
    }

    static RejectedFileException tooLarge(long maxBytes) {
        return new RejectedFileException(HttpStatus.CONTENT_TOO_LARGE,
                "The file is larger than the limit of " + maxBytes + " bytes.");
    }

    static RejectedFileException unsupported(String message) {
        return new RejectedFileException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, message);
    }
}
