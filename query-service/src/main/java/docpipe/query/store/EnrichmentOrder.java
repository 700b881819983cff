package docpipe.query.store;

import docpipe.events.DocumentEnriched;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Which of two enrichments of a document is kept: only a strictly newer one replaces the stored one, so a replayed
 * or duplicated event, or an older one arriving late, changes nothing. The read model and the search index both
 * follow it. Times compare at milliseconds, the precision MongoDB keeps, so a replay is recognised as the same.
 */
public final class EnrichmentOrder {

    private EnrichmentOrder() {
    }

    /** The time that orders an enrichment: when it was enriched, else when its file was received; null if neither. */
    public static Instant versionOf(DocumentEnriched event) {
        Instant at = event.enrichedAt() == null ? event.receivedAt() : event.enrichedAt();
        return at == null ? null : at.truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Whether an enrichment of version {@code incoming} replaces the stored one of version {@code stored} (null: none
     * stored, or its time unknown). An enrichment whose time is unknown cannot be ordered and replaces what is there.
     */
    public static boolean replaces(Instant incoming, Instant stored) {
        if (stored == null || incoming == null) {
            return true;
        }
        return incoming.truncatedTo(ChronoUnit.MILLIS).isAfter(stored.truncatedTo(ChronoUnit.MILLIS));
    }
}
