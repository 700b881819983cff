package docpipe.query.store;

import docpipe.events.Stage;

import java.time.Instant;
import java.util.Optional;

/**
 * The status the read model keeps for a document, and the rule that decides whether an incoming
 * status replaces it. Statuses of one document come from four services over two topics, so they can
 * arrive late, twice or out of order. {@code at} is the event time; {@code runAt} the time the
 * current run of the pipeline over the document started (its RECEIVED, or the first event seen).
 */
public record PipelineStatus(Stage stage, Stage failedStage, String error, Instant at, Instant runAt) {

    /**
     * What the document's status becomes when {@code incoming} arrives; empty when it changes nothing.
     * <ul>
     *   <li>the success stages only move forward: RECEIVED &lt; PARSED &lt; ENRICHED &lt; STORED;</li>
     *   <li>FAILED wins over the stage it did not reach and those before it, not over later successes;</li>
     *   <li>after a failure, any newer event means the document was processed again (a RECEIVED
     *       starts a new run);</li>
     *   <li>an event older than the start of the current run belongs to an earlier run and is ignored.</li>
     * </ul>
     */
    public static Optional<PipelineStatus> next(PipelineStatus current, PipelineStatus incoming) {
        if (current == null) {
            return Optional.of(incoming.startingRun(incoming.at()));
        }
        if (current.stage() == incoming.stage() && current.at().equals(incoming.at())) {
            return Optional.empty();
        }
        if (current.stage() == Stage.FAILED) {
            if (!incoming.at().isAfter(current.at())) {
                return Optional.empty();
            }
            return Optional.of(incoming.stage() == Stage.RECEIVED
                    ? incoming.startingRun(incoming.at())
                    : incoming.startingRun(current.runAt()));
        }
        if (incoming.stage() == Stage.RECEIVED || incoming.at().isBefore(current.runAt())) {
            return Optional.empty();
        }
        return incoming.rank() > current.rank()
                ? Optional.of(incoming.startingRun(current.runAt()))
                : Optional.empty();
    }

    private PipelineStatus startingRun(Instant run) {
        return new PipelineStatus(stage, failedStage, error, at, run);
    }

    /** Success stages count 0..3; a failure half a step past the stage it did not reach, so it wins over that one. */
    double rank() {
        if (stage != Stage.FAILED) {
            return stage.ordinal();
        }
        // a failure that names no stage is treated as one in the last, so it stays visible
        return (failedStage == null ? Stage.STORED : failedStage).ordinal() + 0.5;
    }
}
