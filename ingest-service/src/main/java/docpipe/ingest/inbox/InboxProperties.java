package docpipe.ingest.inbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The watched inbox folder.
 *
 * @param folder the folder to watch; files that are done move to {@code done/} inside it, refused ones to
 *               {@code rejected/} with a {@code .reason.txt} beside them. Unset: no inbox.
 * @param poll   how often the folder is scanned
 * @param settle how long a file must stay unchanged before it is taken (so half-copied files wait)
 */
@ConfigurationProperties("docpipe.inbox")
public record InboxProperties(Path folder, Duration poll, Duration settle) {
}
