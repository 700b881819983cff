package docpipe.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of a document: the first 24 hex digits of the SHA-256 of its bytes, so the same file always
 * gets the same id and every stage can be replayed as an idempotent upsert.
 */
public record DocumentId(String value) {

    private static final Pattern FORM = Pattern.compile("[0-9a-f]{24}");

    public DocumentId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a document id: " + value);
        }
    }

    @JsonCreator
    public static DocumentId of(String value) {
        return new DocumentId(value);
    }

    /** The id of a file whose SHA-256 digest is {@code sha256}. */
    public static DocumentId fromSha256(byte[] sha256) {
        return new DocumentId(HexFormat.of().formatHex(sha256, 0, 12));
    }

    public static boolean isValid(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
