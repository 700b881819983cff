package docpipe.pipeline;

/** The broker did not acknowledge a stage's output in time: the input is retried, its offset left uncommitted. */
public class PublishFailedException extends RuntimeException {

    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
