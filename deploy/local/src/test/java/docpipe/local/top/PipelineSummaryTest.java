package docpipe.local.top;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PipelineSummaryTest {

    private static final String PARSE_METRICS = """
            # HELP docpipe_documents_total
            # TYPE docpipe_documents_total counter
            docpipe_documents_total{instance="h:8082",outcome="success",service="parse-service",stage="parse"} 8.0
            docpipe_documents_total{instance="h:8082",outcome="failed",service="parse-service",stage="parse"} 2.0
            docpipe_stage_duration_seconds_bucket{stage="parse",le="0.1"} 5.0
            docpipe_stage_duration_seconds_bucket{stage="parse",le="0.2"} 9.0
            docpipe_stage_duration_seconds_bucket{stage="parse",le="+Inf"} 10.0
            docpipe_stage_duration_seconds_count{stage="parse"} 10.0
            kafka_consumer_fetch_manager_records_lag{client_id="c-1",partition="0",topic="docs.received"} 3.0
            kafka_consumer_fetch_manager_records_lag{client_id="c-1",partition="1",topic="docs.received"} 4.0
            """;

    @Test
    void readsLabelsAndValuesOfTheTextFormat() {
        List<Sample> samples = PrometheusText.parse(PARSE_METRICS);

        assertThat(samples).hasSize(8);
        assertThat(samples.get(0).label("outcome")).isEqualTo("success");
        assertThat(samples.get(0).value()).isEqualTo(8.0);
        assertThat(samples.get(4).value()).isEqualTo(10.0);
    }

    @Test
    void interpolatesQuantilesInsideTheirBucketAsPrometheusDoes() {
        Histogram histogram = Histogram.of(PrometheusText.parse(PARSE_METRICS), "docpipe_stage_duration_seconds",
                Map.of("stage", "parse"));

        assertThat(histogram.count()).isEqualTo(10.0);
        assertThat(histogram.quantile(0.5)).isCloseTo(0.1, within(1e-9));
        assertThat(histogram.quantile(0.7)).isCloseTo(0.15, within(1e-9));
        assertThat(histogram.quantile(0.99)).isEqualTo(0.2);
    }

    @Test
    void summarisesDoneFailedRateAndLagPerStage() {
        var first = PipelineSummary.of(Map.of("parse", PrometheusText.parse(PARSE_METRICS)), null, 0);
        var later = PipelineSummary.of(Map.of("parse", PrometheusText.parse(
                PARSE_METRICS.replace("} 8.0", "} 12.0"))), first, 2.0);

        var parse = later.stages().stream().filter(r -> r.stage().equals("parse")).findFirst().orElseThrow();
        assertThat(parse.done()).isEqualTo(12.0);
        assertThat(parse.failed()).isEqualTo(2.0);
        assertThat(parse.ratePerSecond()).isEqualTo(2.0);
        assertThat(parse.lag()).isEqualTo(7.0);
        assertThat(PipelineSummary.render(later)).contains("parse").contains("2.0");
    }

    @Test
    void showsADashForStagesWithoutData() {
        String table = PipelineSummary.render(PipelineSummary.of(Map.of(), null, 0));

        assertThat(table).contains("enrich").contains(" - ");
    }
}
