package docpipe.ingest.intake;

import docpipe.pipeline.TokenPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * How the ingest service accepts files.
 *
 * @param token          the bearer token that uploads must carry (never logged)
 * @param maxFileSize    the largest file accepted, over HTTP or from the inbox
 * @param bucket         the GridFS bucket that holds the raw bytes
 * @param publishTimeout how long to wait for the broker to acknowledge an announcement
 * @param reconcileAfter how old a stored-but-unannounced file must be before the reconciler republishes it
 * @param staleClaimAfter how old a claim on a file must be before a new upload of the same bytes takes it over
 *                        (the upload that made it crashed before storing them)
 */
@ConfigurationProperties("docpipe.ingest")
public record IngestProperties(String token, DataSize maxFileSize, String bucket, Duration publishTimeout,
                               Duration reconcileAfter, Duration staleClaimAfter) {

    /** Checked when bound, before anything connects, so a service with a missing or published token never starts. */
    public IngestProperties {
        TokenPolicy.check("docpipe.ingest.token", "DOCPIPE_INGEST_TOKEN", token);
    }

    @Override
    public String toString() {
        return "IngestProperties[token=(set), maxFileSize=" + maxFileSize + ", bucket=" + bucket + "]";
    }
}
