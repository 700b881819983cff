package docpipe.ingest.intake;

/** The file cannot be accepted right now (its store or another upload of it is busy); the client may retry. */
public class IntakeBusyException extends RuntimeException {

    IntakeBusyException(String message) {
        super(message);
    }
}
