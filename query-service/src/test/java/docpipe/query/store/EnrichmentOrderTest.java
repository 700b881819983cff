package docpipe.query.store;

import docpipe.events.DocumentEnriched;
import docpipe.events.DocumentId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EnrichmentOrderTest {

    private static final Instant T = Instant.parse("2026-03-01T12:00:00.500Z");

    @Test
    void onlyAStrictlyNewerEnrichmentReplacesTheStoredOne() {
        assertThat(EnrichmentOrder.replaces(T.plusMillis(1), T)).isTrue();
        assertThat(EnrichmentOrder.replaces(T, T)).isFalse();
        assertThat(EnrichmentOrder.replaces(T.minusSeconds(1), T)).isFalse();
    }

    @Test
    void comparesAtTheMillisecondsTheStoreKeeps() {
        // a replay read back from MongoDB has lost its microseconds: still the same enrichment
        assertThat(EnrichmentOrder.replaces(T.plusNanos(999_000), T)).isFalse();
        assertThat(EnrichmentOrder.versionOf(event(T.plusNanos(999_000), null))).isEqualTo(T);
    }

    @Test
    void anythingReplacesWhenNothingIsStoredOrATimeIsUnknown() {
        assertThat(EnrichmentOrder.replaces(T, null)).isTrue();
        assertThat(EnrichmentOrder.replaces(null, T)).isTrue();
    }

    @Test
    void anEnrichmentWithoutItsTimeIsOrderedByWhenItsFileWasReceived() {
        assertThat(EnrichmentOrder.versionOf(event(null, T))).isEqualTo(T);
        assertThat(EnrichmentOrder.versionOf(event(T.plusSeconds(5), T))).isEqualTo(T.plusSeconds(5));
        assertThat(EnrichmentOrder.versionOf(event(null, null))).isNull();
    }

    private static DocumentEnriched event(Instant enrichedAt, Instant receivedAt) {
        return new DocumentEnriched(DocumentId.of("0123456789abcdef01234567"), "a.pdf", receivedAt, enrichedAt, null,
                List.of(), List.of(), "t", "g");
    }
}
