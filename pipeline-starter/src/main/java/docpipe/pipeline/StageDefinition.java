package docpipe.pipeline;

import docpipe.events.Stage;
import docpipe.events.Topics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What a service contributes to the pipeline, declared once as a bean: the starter derives from it the
 * topics to create, the error handler with its dead letters, and the metrics' stage tag.
 *
 * @param stage             the metric tag, the name of the work ({@code parse}); a document this stage gives up on
 *                          failed to reach the {@link Stage} of that work ({@link #notReachedOnFailure()})
 * @param service           the service name written into status events ({@code parse-service})
 * @param consumes          topics the service reads; each gets a dead-letter topic
 * @param produces          topics the service writes besides {@code docs.status}
 * @param permanentFailures exceptions that cannot succeed on retry: dead-lettered at once
 * @param describe          turns the root cause of a failure into the sentence a user reads
 * @param reportsFailures   whether a record given up on turns the document FAILED; false for consumers of
 *                          bookkeeping records (ingest's view of statuses) whose failure is not the document's
 */
public record StageDefinition(String stage, String service, List<String> consumes, List<String> produces,
                              Set<Class<? extends Exception>> permanentFailures, Function<Throwable, String> describe,
                              boolean reportsFailures) {

    public StageDefinition {
        consumes = List.copyOf(consumes);
        produces = List.copyOf(produces);
        permanentFailures = Set.copyOf(permanentFailures);
    }

    /** A stage that consumes and produces nothing yet, and describes a failure by its exception. */
    public static StageDefinition of(String stage, String service) {
        return new StageDefinition(stage, service, List.of(), List.of(), Set.of(),
                cause -> capitalized(stage) + " failed after retries: " + cause.getClass().getSimpleName() + ": "
                        + cause.getMessage(), true);
    }

    public StageDefinition consuming(String... topics) {
        return new StageDefinition(stage, service, List.of(topics), produces, permanentFailures, describe, reportsFailures);
    }

    public StageDefinition producing(String... topics) {
        return new StageDefinition(stage, service, consumes, List.of(topics), permanentFailures, describe, reportsFailures);
    }

    @SafeVarargs
    public final StageDefinition failingAtOnceOn(Class<? extends Exception>... permanent) {
        return new StageDefinition(stage, service, consumes, produces, Set.of(permanent), describe, reportsFailures);
    }

    public StageDefinition describedBy(Function<Throwable, String> describe) {
        return new StageDefinition(stage, service, consumes, produces, permanentFailures, describe, reportsFailures);
    }

    public StageDefinition withoutFailedStatus() {
        return new StageDefinition(stage, service, consumes, produces, permanentFailures, describe, false);
    }

    /** The stage a document did not reach when this stage gives up on it: {@code parse} → PARSED. */
    public Stage notReachedOnFailure() {
        return Stage.fromName(stage);
    }

    /** Every topic the service needs: what it reads and writes, the status topic and its dead letters. */
    public List<String> topics() {
        Set<String> all = new LinkedHashSet<>(consumes);
        all.addAll(produces);
        all.add(Topics.STATUS);
        consumes.forEach(topic -> all.add(Topics.deadLetter(topic)));
        return new ArrayList<>(all);
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
