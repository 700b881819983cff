package docpipe.events;

/**
 * The Micrometer names every service publishes under, so dashboards and alert rules can rely on one
 * scheme. Tags: {@code stage} (ingest, parse, enrich, store), {@code outcome} (success, failed,
 * duplicate), {@code reason} for failures. Prometheus renders dots as underscores and adds unit
 * suffixes ({@code docpipe_documents_total}, {@code docpipe_stage_duration_seconds}).
 */
public final class MetricNames {

    /** Counter: documents leaving a stage, by {@code stage} and {@code outcome}. */
    public static final String DOCUMENTS = "docpipe.documents";
    /** Timer with histogram: time one document spends in a stage's work, by {@code stage}. */
    public static final String STAGE_DURATION = "docpipe.stage.duration";
    /** Timer with histogram: from receipt at ingest to STORED in the query service. */
    public static final String END_TO_END_LATENCY = "docpipe.pipeline.latency";
    /** Counter: paragraphs produced, by {@code stage}. */
    public static final String PARAGRAPHS = "docpipe.paragraphs";
    /** Counter: entity mentions produced by the enrich stage, by {@code type}. */
    public static final String ENTITIES = "docpipe.entities";
    /** Counter (bytes): raw bytes accepted by the ingest stage. */
    public static final String INGESTED_BYTES = "docpipe.ingest.bytes";
    /** Counter: extraction failures by {@code reason}. */
    public static final String EXTRACTION_FAILURES = "docpipe.extraction.failures";
    /** Counter: records sent to a dead-letter topic, by {@code topic}. */
    public static final String DEAD_LETTERS = "docpipe.deadletters";

    public static final String TAG_STAGE = "stage";
    public static final String TAG_OUTCOME = "outcome";
    public static final String TAG_REASON = "reason";

    private MetricNames() {
    }
}
