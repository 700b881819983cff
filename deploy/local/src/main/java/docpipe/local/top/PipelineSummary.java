package docpipe.local.top;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a person wants to see of a running pipeline at a glance, from the services' own metrics: documents
 * done and failed per stage, the rate since the last look, stage time and end-to-end latency percentiles,
 * and the consumer lag of each consuming stage.
 */
final class PipelineSummary {

    static final List<String> STAGES = List.of("ingest", "parse", "enrich", "store");

    record StageRow(String stage, double done, double failed, double ratePerSecond, double p50Millis,
                    double p99Millis, double lag) {
    }

    record Summary(List<StageRow> stages, double endToEndP50Millis, double endToEndP99Millis) {
    }

    private PipelineSummary() {
    }

    /**
     * @param samples  every service's samples, keyed by stage (ingest, parse, enrich, store)
     * @param previous the previous summary, for rates (null on the first look)
     * @param seconds  the time since the previous summary
     */
    static Summary of(Map<String, List<Sample>> samples, Summary previous, double seconds) {
        List<StageRow> rows = new ArrayList<>();
        for (String stage : STAGES) {
            List<Sample> own = samples.getOrDefault(stage, List.of());
            double done = sum(own, "docpipe_documents_total", Map.of("stage", stage, "outcome", "success"));
            double failed = sum(own, "docpipe_documents_total", Map.of("stage", stage, "outcome", "failed"));
            Histogram duration = Histogram.of(own, "docpipe_stage_duration_seconds", Map.of("stage", stage));
            double lag = sum(own, "kafka_consumer_fetch_manager_records_lag", Map.of());
            double rate = Double.NaN;
            if (previous != null && seconds > 0) {
                double before = previous.stages().stream().filter(r -> r.stage().equals(stage))
                        .mapToDouble(r -> r.done() + r.failed()).findFirst().orElse(0);
                rate = Math.max(0, done + failed - before) / seconds;
            }
            rows.add(new StageRow(stage, done, failed, rate, duration.quantile(0.5) * 1000,
                    duration.quantile(0.99) * 1000, stage.equals("ingest") ? Double.NaN : lag));
        }
        Histogram latency = Histogram.of(samples.getOrDefault("store", List.of()), "docpipe_pipeline_latency_seconds",
                Map.of());
        return new Summary(rows, latency.quantile(0.5) * 1000, latency.quantile(0.99) * 1000);
    }

    static String render(Summary summary) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-8s %9s %8s %9s %9s %9s %8s%n", "stage", "done", "failed", "docs/s", "p50 ms",
                "p99 ms", "lag"));
        for (StageRow row : summary.stages()) {
            out.append(String.format("%-8s %9.0f %8.0f %9s %9s %9s %8s%n", row.stage(), row.done(), row.failed(),
                    format(row.ratePerSecond(), "%.1f"), format(row.p50Millis(), "%.0f"),
                    format(row.p99Millis(), "%.0f"), format(row.lag(), "%.0f")));
        }
        out.append(String.format("received → STORED latency: p50 %s ms, p99 %s ms%n",
                format(summary.endToEndP50Millis(), "%.0f"), format(summary.endToEndP99Millis(), "%.0f")));
        return out.toString();
    }

    private static double sum(List<Sample> samples, String name, Map<String, String> match) {
        return samples.stream().filter(s -> s.name().equals(name) && Histogram.matches(s, match))
                .mapToDouble(Sample::value).filter(v -> !Double.isNaN(v)).sum();
    }

    private static String format(double value, String pattern) {
        return Double.isNaN(value) ? "-" : String.format(pattern, value);
    }
}
