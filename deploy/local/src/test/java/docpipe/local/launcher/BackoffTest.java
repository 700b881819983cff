package docpipe.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(60));

    @Test
    void doublesTheDelayUpToTheMaximum() {
        assertThat(IntStream.rangeClosed(1, 7).mapToObj(backoff::delay).map(Duration::toSeconds))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L);
    }

    @Test
    void startsOverAfterAProcessRanLongEnoughToCountAsRecovered() {
        assertThat(backoff.nextAttempt(5, Duration.ofSeconds(3))).isEqualTo(6);
        assertThat(backoff.nextAttempt(5, Duration.ofMinutes(2))).isEqualTo(1);
    }

    @Test
    void staysAtTheMaximumForManyAttempts() {
        assertThat(backoff.delay(1000)).isEqualTo(Duration.ofSeconds(30));
    }
}
