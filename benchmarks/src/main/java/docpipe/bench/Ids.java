package docpipe.bench;

import docpipe.events.DocumentId;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Document ids the way the ingest service derives them: from the SHA-256 of the bytes. */
final class Ids {

    private Ids() {
    }

    static DocumentId of(byte[] bytes) {
        try {
            return DocumentId.fromSha256(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
