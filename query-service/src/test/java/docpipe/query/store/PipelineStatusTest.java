package docpipe.query.store;

import docpipe.events.Stage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineStatusTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    private static PipelineStatus at(Stage stage, int second) {
        return new PipelineStatus(stage, null, null, T0.plusSeconds(second), null);
    }

    private static PipelineStatus failed(Stage notReached, int second) {
        return new PipelineStatus(Stage.FAILED, notReached, "boom", T0.plusSeconds(second), null);
    }

    private static PipelineStatus follow(PipelineStatus... events) {
        PipelineStatus current = null;
        for (PipelineStatus event : events) {
            Optional<PipelineStatus> next = PipelineStatus.next(current, event);
            if (next.isPresent()) {
                current = next.get();
            }
        }
        return current;
    }

    @Test
    void theFirstStatusIsTakenAndStartsTheRun() {
        PipelineStatus first = PipelineStatus.next(null, at(Stage.RECEIVED, 0)).orElseThrow();
        assertThat(first.stage()).isEqualTo(Stage.RECEIVED);
        assertThat(first.runAt()).isEqualTo(T0);
    }

    @Test
    void stagesMoveForwardOnly() {
        assertThat(follow(at(Stage.RECEIVED, 0), at(Stage.ENRICHED, 2), at(Stage.PARSED, 1)).stage()).isEqualTo(Stage.ENRICHED);
        assertThat(follow(at(Stage.RECEIVED, 0), at(Stage.STORED, 3), at(Stage.PARSED, 5)).stage()).isEqualTo(Stage.STORED);
    }

    @Test
    void theSameEventTwiceChangesNothing() {
        PipelineStatus current = follow(at(Stage.RECEIVED, 0), at(Stage.PARSED, 1));
        assertThat(PipelineStatus.next(current, at(Stage.PARSED, 1))).isEmpty();
        PipelineStatus fail = follow(at(Stage.RECEIVED, 0), failed(Stage.PARSED, 1));
        assertThat(PipelineStatus.next(fail, failed(Stage.PARSED, 1))).isEmpty();
    }

    @Test
    void aFailureWinsOverTheStageItFailedIn() {
        assertThat(follow(at(Stage.RECEIVED, 0), at(Stage.PARSED, 1), failed(Stage.PARSED, 2)).stage()).isEqualTo(Stage.FAILED);
        assertThat(follow(at(Stage.RECEIVED, 0), failed(Stage.ENRICHED, 2), at(Stage.ENRICHED, 1)).stage()).isEqualTo(Stage.FAILED);
    }

    @Test
    void aFailureDoesNotHideALaterStageThatSucceeded() {
        assertThat(follow(at(Stage.RECEIVED, 0), at(Stage.STORED, 5), failed(Stage.PARSED, 1)).stage()).isEqualTo(Stage.STORED);
    }

    @Test
    void aNewerReceiptAfterAFailureStartsANewRun() {
        PipelineStatus run = follow(at(Stage.RECEIVED, 0), failed(Stage.PARSED, 1), at(Stage.RECEIVED, 60));
        assertThat(run.stage()).isEqualTo(Stage.RECEIVED);
        assertThat(run.runAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(follow(at(Stage.RECEIVED, 0), failed(Stage.PARSED, 1), at(Stage.RECEIVED, 60), at(Stage.PARSED, 61)).stage())
                .isEqualTo(Stage.PARSED);
    }

    @Test
    void aReplayedReceiptOlderThanTheFailureIsIgnored() {
        assertThat(follow(at(Stage.RECEIVED, 0), failed(Stage.PARSED, 1), at(Stage.RECEIVED, 0)).stage()).isEqualTo(Stage.FAILED);
    }

    @Test
    void eventsOfAnEarlierRunAreIgnored() {
        PipelineStatus secondRun = follow(at(Stage.RECEIVED, 0), failed(Stage.PARSED, 1), at(Stage.RECEIVED, 60));
        assertThat(PipelineStatus.next(secondRun, at(Stage.PARSED, 1))).isEmpty();
    }

    @Test
    void aReceiptNeverMovesASuccessfulDocumentBack() {
        assertThat(follow(at(Stage.RECEIVED, 0), at(Stage.STORED, 3), at(Stage.RECEIVED, 100)).stage()).isEqualTo(Stage.STORED);
    }

    @Test
    void aStoreFailureOrAnUnnamedOneWinsOverStored() {
        assertThat(follow(at(Stage.STORED, 3), failed(Stage.STORED, 4)).stage()).isEqualTo(Stage.FAILED);
        assertThat(follow(at(Stage.STORED, 3), failed(null, 4)).stage()).isEqualTo(Stage.FAILED);
    }
}
