package docpipe.query.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code searchIndex} in {@code /actuator/health}: what the index holds and whether it is still catching up
 * with {@code docs.enriched} (after a start with an empty index, say). Always UP: a search answered while it
 * catches up is incomplete, not wrong.
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
        return Health.up()
                .withDetail("location", index.location())
                .withDetail("documents", index.documents())
                .withDetail("paragraphs", index.paragraphs())
                .withDetail("lag", lag)
                .withDetail("state", lag < 0 ? "starting" : lag > 0 ? "catching up" : "current")
                .build();
    }
}
