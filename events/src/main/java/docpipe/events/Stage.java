package docpipe.events;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Locale;

/**
 * Where a document is in the pipeline. The order of the constants is the order of the stages. The same names
 * say where a failure happened ({@link StatusChanged#failedStage()}): the stage the document did not reach.
 */
public enum Stage {
    RECEIVED, PARSED, ENRICHED, STORED, FAILED;

    /** True when this stage comes after {@code other} in a successful run. FAILED follows every stage. */
    public boolean isAfter(Stage other) {
        return ordinal() > other.ordinal();
    }

    /**
     * The stage of that name, in any case. Also reads the name of the work that reaches a stage, {@code ingest},
     * {@code parse}, {@code enrich}, {@code store} (the metrics' {@code stage} tag): events written before the
     * failed stage was a {@code Stage} carried those ({@code "failedStage":"PARSE"}), and they still read, as the
     * stage that work did not reach ({@code PARSE} is {@link #PARSED}).
     *
     * @throws IllegalArgumentException for any other name
     */
    @JsonCreator
    public static Stage fromName(String name) {
        if (name == null) {
            return null;
        }
        String upper = name.strip().toUpperCase(Locale.ROOT);
        return switch (upper) {
            case "INGEST" -> RECEIVED;
            case "PARSE" -> PARSED;
            case "ENRICH" -> ENRICHED;
            case "STORE" -> STORED;
            default -> Vocabulary.strict(Stage.class, "stage", upper);
        };
    }
}
