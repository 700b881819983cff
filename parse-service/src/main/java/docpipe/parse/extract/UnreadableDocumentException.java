package docpipe.parse.extract;

/**
 * A file that cannot be read and never will be, whatever the retries: corrupt, encrypted, of an
 * unsupported type, empty after extraction, or over an extraction limit. The message is meant for
 * the person who uploaded the file; {@link #reason()} is a short machine-readable code for metrics.
 */
public class UnreadableDocumentException extends Exception {

    /** Every reason code this exception may carry. */
    public static final java.util.List<String> REASONS =
            java.util.List.of("corrupt", "encrypted", "unsupported-type", "empty", "limit", "timeout");

    private final String reason;

    public UnreadableDocumentException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public UnreadableDocumentException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** A short code: {@code corrupt}, {@code encrypted}, {@code unsupported-type}, {@code empty}, {@code limit}, {@code timeout}. */
    public String reason() {
        return reason;
    }
}
