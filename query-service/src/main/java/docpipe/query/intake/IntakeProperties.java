package docpipe.query.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How the store stage takes a document in.
 *
 * @param searchableWithin  how long storing an enriched document waits for this instance's search index to show it
 *                          before the attempt fails and is retried: STORED is written only once a search finds it
 * @param statusReadThrough how long a request for an unknown document waits for the store stage to read
 *                          {@code docs.status} through to now before it answers 404
 */
@ConfigurationProperties("docpipe.query.intake")
record IntakeProperties(Duration searchableWithin, Duration statusReadThrough) {
}
