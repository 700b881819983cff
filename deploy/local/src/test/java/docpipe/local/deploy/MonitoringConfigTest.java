package docpipe.local.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class MonitoringConfigTest {

    private final Path deploy = DeployFiles.deployDir();

    @Test
    void localScrapeConfigTargetsTheFourServicesOnLoopback() {
        assertThat(scrapeTargets("prometheus/prometheus.yml")).isEqualTo(expectedTargets("127.0.0.1"));
    }

    @Test
    void composeScrapeConfigTargetsTheFourComposeServices() {
        assertThat(scrapeTargets("prometheus/prometheus-compose.yml")).isEqualTo(expectedTargets(null));
        Map<String, Object> services = Tree.map(DeployFiles.yamlMap(deploy.resolve("compose/compose.yaml")), "services");
        assertThat(services).containsKeys(Contract.PORTS.keySet().toArray(String[]::new));
    }

    @Test
    void bothScrapeConfigsLoadTheAlertRules() {
        for (String file : List.of("prometheus/prometheus.yml", "prometheus/prometheus-compose.yml")) {
            Map<String, Object> config = DeployFiles.yamlMap(deploy.resolve(file));
            assertThat(Tree.list(config, "rule_files")).containsExactly("alerts.yml");
            assertThat(Tree.string(config, "scrape_configs", 0, "metrics_path")).isEqualTo(Contract.METRICS);
        }
    }

    @Test
    void alertRulesCoverServiceDownStuckDocumentsFailuresAndConsumerLag() {
        Map<String, String> byName = new LinkedHashMap<>();
        for (Map<String, Object> group : Tree.maps(DeployFiles.yamlMap(deploy.resolve("prometheus/alerts.yml")), "groups")) {
            for (Map<String, Object> rule : Tree.maps(group, "rules")) {
                assertThat(Tree.string(rule, "labels", "severity")).as(rule.get("alert") + " severity").isIn("warning", "critical");
                assertThat(Tree.string(rule, "annotations", "summary")).as(rule.get("alert") + " summary").isNotBlank();
                byName.put(String.valueOf(rule.get("alert")), String.valueOf(rule.get("expr")));
            }
        }

        assertThat(byName.values()).anySatisfy(e -> assertThat(e).contains("up{").contains("== 0"));
        assertThat(byName.values()).anySatisfy(e -> assertThat(e).contains("stage=\"store\"").contains("stage=\"ingest\""));
        assertThat(byName.values()).anySatisfy(e -> assertThat(e).contains("outcome=\"failed\""));
        assertThat(byName.values()).anySatisfy(e -> assertThat(e).contains("kafka_consumer_fetch_manager_records_lag"));
        assertThat(byName.values()).anySatisfy(e -> assertThat(e).contains("docpipe_deadletters_total"));
    }

    @Test
    void grafanaProvisionsTheDatasourceTheDashboardQueriesAndLoadsDashboardsFromTheMountedFolder() throws Exception {
        Map<String, Object> datasources = DeployFiles.yamlMap(deploy.resolve("grafana/provisioning/datasources/prometheus.yml"));
        String uid = Tree.string(datasources, "datasources", 0, "uid");
        assertThat(Tree.string(datasources, "datasources", 0, "type")).isEqualTo("prometheus");

        JsonNode dashboard = new ObjectMapper().readTree(DeployFiles.read(deploy.resolve("grafana/dashboards/docpipe-pipeline.json")));
        for (JsonNode panel : dashboard.path("panels")) {
            if (!panel.path("type").asString().equals("row")) {
                assertThat(panel.path("datasource").path("uid").asString()).as(panel.path("title").asString()).isEqualTo(uid);
                panel.path("targets").forEach(t -> assertThat(t.path("datasource").path("uid").asString()).isEqualTo(uid));
            }
        }

        String dashboardsFolder = Tree.string(DeployFiles.yamlMap(deploy.resolve("grafana/provisioning/dashboards/docpipe.yml")),
                "providers", 0, "options", "path");
        List<Object> grafanaVolumes = Tree.list(DeployFiles.yamlMap(deploy.resolve("compose/compose.yaml")),
                "services", "grafana", "volumes");
        assertThat(grafanaVolumes).contains("../grafana/dashboards:" + dashboardsFolder + ":ro",
                "../grafana/provisioning:/etc/grafana/provisioning:ro");
    }

    private Map<String, String> scrapeTargets(String file) {
        Map<String, Object> config = DeployFiles.yamlMap(deploy.resolve(file));
        Map<String, String> targets = new LinkedHashMap<>();
        for (Map<String, Object> job : Tree.maps(config, "scrape_configs")) {
            for (Map<String, Object> group : Tree.maps(job, "static_configs")) {
                for (Object target : Tree.list(group, "targets")) {
                    targets.put(String.valueOf(target), Tree.string(group, "labels", "service"));
                }
            }
        }
        return targets;
    }

    /** host:port to service name; a null host means the service's own name (Compose DNS). */
    private static Map<String, String> expectedTargets(String host) {
        Map<String, String> expected = new LinkedHashMap<>();
        Contract.PORTS.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> expected.put((host == null ? e.getKey() : host) + ":" + e.getValue(), e.getKey()));
        return expected;
    }
}
