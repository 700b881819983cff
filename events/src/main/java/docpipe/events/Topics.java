package docpipe.events;

/**
 * The topic names. Every record is keyed by its document id, so one document's events stay in order
 * on one partition. Each consuming topic has a dead-letter topic named with {@link #DLT_SUFFIX}.
 */
public final class Topics {

    public static final String RECEIVED = "docs.received";
    public static final String PARSED = "docs.parsed";
    public static final String ENRICHED = "docs.enriched";
    public static final String STATUS = "docs.status";

    public static final String DLT_SUFFIX = ".DLT";

    /** Headers carried by dead-lettered records and failure statuses. */
    public static final String HEADER_FAILURE_REASON = "docpipe-failure-reason";

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DLT_SUFFIX;
    }
}
