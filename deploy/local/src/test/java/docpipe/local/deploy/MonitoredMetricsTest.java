package docpipe.local.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

import docpipe.events.MetricNames;
import org.junit.jupiter.api.Test;

class MonitoredMetricsTest {

    /** Metrics of Micrometer's binders and clients that the contract names (DESIGN.md, issue 7). */
    private static final Set<String> LIBRARY_METRICS = Set.of("kafka_consumer_fetch_manager_records_lag",
            "kafka_consumer_fetch_manager_records_lag_max", "http_server_requests_seconds",
            "mongodb_driver_commands_seconds", "jvm_memory_used_bytes");

    @Test
    void findsMetricNamesButNotFunctionsLabelsDurationsOrVariables() {
        String expression = """
                histogram_quantile(0.95, sum by (le, stage) (rate(docpipe_stage_duration_seconds_bucket{stage=~"parse|enrich", le!="+Inf"}[$__rate_interval])))
                > 2 * sum without (instance) (rate(other_metric_total[5m] offset 1h)) and on (stage) up == 0
                or vector(0) unless count(foo:recorded) by (job)""";

        assertThat(MonitoredMetrics.metricNamesIn(expression))
                .containsExactlyInAnyOrder("docpipe_stage_duration_seconds_bucket", "other_metric_total", "up",
                        "foo:recorded");
    }

    @Test
    void namesEveryDocpipeMetricAndOnlyMetricsTheContractPublishes() {
        Set<String> referenced = MonitoredMetrics.referencedIn(DeployFiles.deployDir());
        Set<String> docpipe = docpipeMetricsInPrometheusForm();

        assertThat(referenced).as("every docpipe metric appears on the dashboard or in an alert").containsAll(docpipe);
        Set<String> known = new TreeSet<>(docpipe);
        known.addAll(LIBRARY_METRICS);
        assertThat(known).as("the deploy files query only published metrics").containsAll(referenced);
    }

    @Test
    void leavesOutSeriesPrometheusMakesItselfAndHistogramSuffixes() {
        Set<String> series = MonitoredMetrics.seriesReferencedIn(DeployFiles.deployDir());
        Set<String> referenced = MonitoredMetrics.referencedIn(DeployFiles.deployDir());

        assertThat(series).contains("up", "docpipe_pipeline_latency_seconds_bucket", "http_server_requests_seconds_count");
        assertThat(referenced).doesNotContain("up", "docpipe_pipeline_latency_seconds_bucket")
                .contains("docpipe_pipeline_latency_seconds", "docpipe_documents_total");
    }

    /**
     * The Prometheus form of each {@code MetricNames} constant: dots become underscores, timers get
     * {@code _seconds}, counters {@code _total}.
     */
    private static Set<String> docpipeMetricsInPrometheusForm() {
        Set<String> names = new TreeSet<>();
        for (Field field : MetricNames.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String name = (String) get(field);
                if (name.startsWith("docpipe.")) {
                    boolean timer = name.endsWith(".duration") || name.endsWith(".latency");
                    names.add(name.replace('.', '_') + (timer ? "_seconds" : "_total"));
                }
            }
        }
        assertThat(names).hasSizeGreaterThanOrEqualTo(8);
        return names;
    }

    private static Object get(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
