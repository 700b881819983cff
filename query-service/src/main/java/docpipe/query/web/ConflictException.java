package docpipe.query.web;

/** Answered with 409: the request is valid but the resource is not in a state to answer it yet. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
