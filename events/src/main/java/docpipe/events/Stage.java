package docpipe.events;

/** Where a document is in the pipeline. The order of the constants is the order of the stages. */
public enum Stage {
    RECEIVED, PARSED, ENRICHED, STORED, FAILED;

    /** True when this stage comes after {@code other} in a successful run. FAILED follows every stage. */
    public boolean isAfter(Stage other) {
        return ordinal() > other.ordinal();
    }
}
