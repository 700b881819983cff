package docpipe.local;

import java.time.Duration;

/**
 * Delay before restarting a process that died: doubles from {@code initial} up to {@code max}. A process that had
 * been running for at least {@code stableAfter} is considered to have recovered, and the next crash starts over.
 */
record Backoff(Duration initial, Duration max, Duration stableAfter) {

    static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(60));

    /** The delay before restart number {@code attempt} (1 for the first restart). */
    Duration delay(int attempt) {
        Duration delay = initial;
        for (int i = 1; i < attempt && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** The attempt number for the next restart, given the previous one and how long the process last ran. */
    int nextAttempt(int previousAttempt, Duration lastRunTime) {
        return lastRunTime.compareTo(stableAfter) >= 0 ? 1 : previousAttempt + 1;
    }
}
