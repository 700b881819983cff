package docpipe.local.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class DeployFilesParseTest {

    private final Path deploy = DeployFiles.deployDir();

    @Test
    void everyYamlFileUnderDeployParsesAsOneOrMoreDocuments() {
        List<Path> files = DeployFiles.yamlFiles(deploy);

        assertThat(files).extracting(f -> deploy.relativize(f).toString().replace('\\', '/'))
                .contains("compose/compose.yaml", "prometheus/prometheus.yml", "prometheus/alerts.yml",
                        "grafana/provisioning/datasources/prometheus.yml", "k8s/base/kustomization.yaml",
                        "k8s/overlays/dev/kustomization.yaml", "k8s/overlays/production/kustomization.yaml");
        for (Path file : files) {
            assertThatCode(() -> assertThat(DeployFiles.yamlDocuments(file)).as(file.toString()).isNotEmpty())
                    .as(file.toString()).doesNotThrowAnyException();
        }
    }

    @Test
    void everyKubernetesObjectHasApiVersionKindAndName() {
        List<java.util.Map<String, Object>> objects = DeployFiles.manifests(deploy.resolve("k8s"));

        assertThat(objects).hasSizeGreaterThan(20);
        assertThat(objects).allSatisfy(o -> {
            assertThat(Tree.string(o, "apiVersion")).as(String.valueOf(o)).isNotBlank();
            assertThat(Tree.string(o, "metadata", "name")).as(String.valueOf(o))
                    .matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");
        });
    }

    @Test
    void dashboardIsJsonWithTitledPanelsThatEachQueryPrometheus() throws Exception {
        Path file = deploy.resolve("grafana/dashboards/docpipe-pipeline.json");
        JsonNode dashboard = new ObjectMapper().readTree(DeployFiles.read(file));

        assertThat(dashboard.path("uid").asString()).isEqualTo("docpipe-pipeline");
        int queried = 0;
        for (JsonNode panel : dashboard.path("panels")) {
            assertThat(panel.path("title").asString("")).isNotBlank();
            if (!panel.path("type").asString().equals("row")) {
                assertThat(panel.path("targets").size()).as(panel.path("title").asString()).isPositive();
                for (JsonNode target : panel.path("targets")) {
                    assertThat(target.path("expr").asString("")).isNotBlank();
                }
                queried++;
            }
        }
        assertThat(queried).isGreaterThanOrEqualTo(15);
    }

    @Test
    void dashboardPanelsDoNotOverlapOnTheGrid() throws Exception {
        JsonNode dashboard = new ObjectMapper().readTree(
                DeployFiles.read(deploy.resolve("grafana/dashboards/docpipe-pipeline.json")));
        List<JsonNode> grids = new java.util.ArrayList<>();
        dashboard.path("panels").forEach(p -> grids.add(p.path("gridPos")));

        for (int i = 0; i < grids.size(); i++) {
            for (int j = i + 1; j < grids.size(); j++) {
                assertThat(overlap(grids.get(i), grids.get(j))).as("panels %d and %d overlap", i, j).isFalse();
            }
            assertThat(grids.get(i).path("x").asInt() + grids.get(i).path("w").asInt()).isLessThanOrEqualTo(24);
        }
    }

    private static boolean overlap(JsonNode a, JsonNode b) {
        return a.path("x").asInt() < b.path("x").asInt() + b.path("w").asInt()
                && b.path("x").asInt() < a.path("x").asInt() + a.path("w").asInt()
                && a.path("y").asInt() < b.path("y").asInt() + b.path("h").asInt()
                && b.path("y").asInt() < a.path("y").asInt() + a.path("h").asInt();
    }
}
