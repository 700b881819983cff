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

    @Override
    public Health health() {
        long lag = feeder.lag();
        return (feeder.caughtUp() ? Health.up() : Health.outOfService())
                .withDetail("location", index.location())
                .withDetail("documents", index.documents())
                .withDetail("paragraphs", index.paragraphs())
                .withDetail("lag", lag)
                .withDetail("state", lag < 0 ? "starting" : lag > 0 ? "catching up" : "current")
                .build();
    }
}
