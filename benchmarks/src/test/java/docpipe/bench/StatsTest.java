package docpipe.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StatsTest {

    @Test
    void percentilesOfOneToHundredAreTheirNearestRanks() {
        Stats stats = Stats.of(IntStream.rangeClosed(1, 100).mapToObj(i -> (double) (101 - i)).toList());

        assertThat(stats.p50()).isEqualTo(50);
        assertThat(stats.p90()).isEqualTo(90);
        assertThat(stats.p99()).isEqualTo(99);
        assertThat(stats.min()).isEqualTo(1);
        assertThat(stats.max()).isEqualTo(100);
        assertThat(stats.mean()).isEqualTo(50.5);
    }

    @Test
    void oneSlowOutlierInAHundredShowsInTheMaxButNotInP99() {
        double[] values = new double[100];
        java.util.Arrays.fill(values, 10);
        values[42] = 1000;

        Stats stats = Stats.of(values);

        assertThat(stats.p99()).isEqualTo(10);
        assertThat(stats.max()).isEqualTo(1000);
    }

    @Test
    void sampleStandardDeviationUsesNMinusOne() {
        Stats stats = Stats.of(List.of(2, 4, 4, 4, 5, 5, 7, 9));

        assertThat(stats.mean()).isEqualTo(5.0);
        assertThat(stats.stdev()).isCloseTo(2.138, within(0.001));
        assertThat(stats.meanWithSpread(1)).isEqualTo("5.0 ± 2.1 (n=8, min 2.0, max 9.0)");
    }

    @Test
    void noValuesGiveNotAvailableInsteadOfAnError() {
        Stats stats = Stats.of(new double[0]);

        assertThat(stats.count()).isZero();
        assertThat(Stats.fmt(stats.p50(), 1)).isEqualTo("n/a");
    }
}
