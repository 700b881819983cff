package docpipe.local.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.ObjectMapper;

/**
 * Prometheus' own checker on the scrape configs, alert rules and dashboard queries. Skipped (not passed) where
 * promtool is not installed; Debian's {@code prometheus} package brings it.
 */
class PromtoolTest {

    private final Path prometheus = DeployFiles.deployDir().resolve("prometheus");
    private ExternalTool promtool;

    @BeforeEach
    void findPromtool() {
        Optional<ExternalTool> tool = ExternalTool.onPath("promtool");
        assumeTrue(tool.isPresent(), "promtool is not installed (apt-get install prometheus)");
        promtool = tool.get();
    }

    @Test
    void scrapeConfigsAndTheRulesTheyLoadAreValid() {
        for (String config : List.of("prometheus.yml", "prometheus-compose.yml")) {
            ExternalTool.Result result = promtool.run(prometheus, "check", "config", config);
            assertThat(result.exitCode()).as(result.all()).isZero();
            assertThat(result.all()).contains("SUCCESS: 1 rule files found");
        }
    }

    @Test
    void alertRulesFireAndStaySilentAsTheirUnitTestsExpect() {
        ExternalTool.Result result = promtool.run(prometheus, "test", "rules", "alerts-test.yml");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.all()).contains("SUCCESS");
    }

    @Test
    void everyDashboardQueryIsValidPromql(@TempDir Path dir) throws Exception {
        List<String> expressions = MonitoredMetrics.dashboardExpressions(
                DeployFiles.deployDir().resolve("grafana/dashboards/docpipe-pipeline.json"));
        StringBuilder rules = new StringBuilder("groups:\n  - name: dashboard\n    rules:\n");
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < expressions.size(); i++) {
            String expr = expressions.get(i).replace("$__rate_interval", "5m").replace("$__range", "1h")
                    .replace("$__interval", "1m");
            rules.append("      - record: dashboard_query_").append(i).append('\n')
                    .append("        expr: ").append(json.writeValueAsString(expr)).append('\n');
        }
        Files.writeString(dir.resolve("dashboard-rules.yml"), rules);

        ExternalTool.Result result = promtool.run(dir, "check", "rules", "dashboard-rules.yml");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.all()).contains("SUCCESS: " + expressions.size() + " rules found");
    }
}
