package docpipe.query.web;

/** A request the service cannot answer as asked; the message says what to change. Answered with 400. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
