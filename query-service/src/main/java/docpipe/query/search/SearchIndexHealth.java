package docpipe.query.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code searchIndex} in {@code /actuator/health} and in the readiness group: what the index holds and whether it
 * has caught up with {@code docs.enriched} since this instance started. Until then it is OUT_OF_SERVICE, so a new
 * replica, or one that rebuilds its index, gets no search traffic while its answers would be partial; once caught
 * up it stays UP (the lag of a busy feed is seconds, and STORED waits for the index anyway).
 */
@Component("searchIndexHealthIndicator")
class SearchIndexHealth implements HealthIndicator {

    private final SearchIndex index;
    private final SearchIndexFeeder feeder;

    SearchIndexHealth(SearchIndex index, SearchIndexFeeder feeder) {
        this.index = index;
        this.feeder = feeder;
    }

    /** What the index holds and how far behind the topic it is, for the health and for {@code /api/search/index}. */
    record Status(String state, boolean caughtUp, long documents, long paragraphs, long lag) {
    }

    Status status() {
        long lag = feeder.lag();
        return new Status(lag < 0 ? "starting" : lag > 0 ? "catching up" : "current", feeder.caughtUp(),
                index.documents(), index.paragraphs(), lag);
    }

    @Override
    public Health health() {
        Status status = status();
        return (status.caughtUp() ? Health.up() : Health.outOfService())
                .withDetail("location", index.location())
                .withDetail("documents", status.documents())
                .withDetail("paragraphs", status.paragraphs())
                .withDetail("lag", status.lag())
                .withDetail("state", status.state())
                .build();
    }
}
