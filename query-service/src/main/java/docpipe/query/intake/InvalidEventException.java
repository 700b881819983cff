package docpipe.query.intake;

/** A record that can never be stored (no document id, say): dead-lettered at once, not retried. */
class InvalidEventException extends RuntimeException {

    InvalidEventException(String message) {
        super(message);
    }
}
