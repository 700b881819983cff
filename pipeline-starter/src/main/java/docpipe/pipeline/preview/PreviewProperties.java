package docpipe.pipeline.preview;

import docpipe.pipeline.TokenPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Who may use the preview endpoint and how much of the service it may take. Previews run on workers of their own,
 * never on the pipeline's, so a flood of them is refused while documents keep flowing.
 *
 * @param token   the bearer token a preview must carry: the ingest (write) token, since a preview spends the same
 *                compute an upload does ({@code docpipe.preview.token}, defaulting to {@code docpipe.ingest.token},
 *                env {@code DOCPIPE_INGEST_TOKEN}); unset: the endpoint answers 403 and the service runs without it
 * @param workers previews that run at once
 * @param queue   previews that may wait for a worker; one more is refused with 503 and {@code Retry-After}
 * @param timeout the longest a preview may take, waiting included, before it is answered 503
 */
@ConfigurationProperties("docpipe.preview")
public record PreviewProperties(String token, int workers, int queue, Duration timeout) {

    public PreviewProperties {
        if (token != null && !token.isBlank()) {
            TokenPolicy.check("docpipe.preview.token", "DOCPIPE_INGEST_TOKEN", token);
        }
        workers = Math.max(1, workers);
        queue = Math.max(0, queue);
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
    }

    public boolean enabled() {
        return token != null && !token.isBlank();
    }

    @Override
    public String toString() {
        return "PreviewProperties[token=" + (enabled() ? "(set)" : "(unset)") + ", workers=" + workers + ", queue="
                + queue + ", timeout=" + timeout + "]";
    }
}
