package docpipe.local.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The Kustomize base as written, checked without any tool (KustomizeBuildTest renders the overlays). */
class KubernetesManifestsTest {

    private final Path k8s = DeployFiles.deployDir().resolve("k8s");
    private final KubernetesChecks base = new KubernetesChecks(DeployFiles.manifests(k8s.resolve("base")),
            KubernetesChecks.CREATED_BEFORE_DEPLOYMENT);

    @Test
    void deploymentsRunEachServiceOnItsPortWithProbesResourcesAndContractEnvironment() {
        base.deploymentsFollowTheContract();
    }

    @Test
    void podsReferOnlyToSecretsConfigMapsAndClaimsThatExist() {
        base.podsReferToObjectsThatExist();
    }

    @Test
    void eachDeploymentHasAServiceADisruptionBudgetAndIsScraped() {
        base.servicesAndDisruptionBudgetsSelectTheirDeployment();
    }

    @Test
    void searchReplicasKeepTheirIndexOnAVolumeAndAreNotReadyUntilItCaughtUp() {
        base.searchReplicasKeepTheirIndexAndWaitForItBeforeServing();
    }

    @Test
    void kafkaTopicsAreExactlyThePipelineTopics() {
        base.topicsAreThePipelineTopicsWithContractPartitions();
    }

    @Test
    void kafkaIsAKraftNodePoolOfThreeAndMongoAReplicaSetOfThree() {
        base.kafkaRunsInKraftWithThreeNodesAndMongoAsAReplicaSetOfThree();
    }

    @Test
    void kedaScalesEachConsumerOnItsOwnGroupUpToThePartitionCount() {
        base.consumersScaleOnTheirGroupsLagUpToThePartitionCount();
    }

    @Test
    void everyFileAKustomizationListsExistsAndEveryManifestIsListed() {
        List<Path> kustomizations = DeployFiles.yamlFiles(k8s).stream()
                .filter(f -> f.getFileName().toString().equals("kustomization.yaml")).toList();
        assertThat(kustomizations).hasSize(3);

        for (Path kustomization : kustomizations) {
            Path dir = kustomization.getParent();
            Map<String, Object> spec = DeployFiles.yamlMap(kustomization);
            for (Object resource : Tree.list(spec, "resources")) {
                Path target = dir.resolve(String.valueOf(resource)).normalize();
                assertThat(Files.isRegularFile(target) || Files.isRegularFile(target.resolve("kustomization.yaml")))
                        .as("%s lists %s", kustomization, resource).isTrue();
            }
            for (Map<String, Object> patch : Tree.maps(spec, "patches")) {
                if (patch.containsKey("path")) {
                    assertThat(dir.resolve(String.valueOf(patch.get("path")))).isRegularFile();
                } else {
                    assertThat(Tree.map(patch, "target")).as("%s: inline patch without target", kustomization)
                            .containsKey("kind");
                    assertThat((Object) new org.yaml.snakeyaml.Yaml().load(String.valueOf(patch.get("patch"))))
                            .as("%s: inline patch", kustomization).isInstanceOf(List.class);
                }
            }
        }

        Path baseDir = k8s.resolve("base");
        List<Object> listed = Tree.list(DeployFiles.yamlMap(baseDir.resolve("kustomization.yaml")), "resources");
        List<String> manifests = DeployFiles.yamlFiles(baseDir).stream()
                .filter(f -> !f.getFileName().toString().equals("kustomization.yaml"))
                .map(f -> baseDir.relativize(f).toString().replace('\\', '/')).toList();
        assertThat(listed).as("manifests in base/ that base/kustomization.yaml leaves out")
                .containsExactlyInAnyOrderElementsOf(manifests);
    }

    @Test
    void devOverlayDeclaresTheSecretsThatProductionCreatesBeforehand() {
        List<Map<String, Object>> devSecrets = DeployFiles.manifests(k8s.resolve("overlays/dev")).stream()
                .filter(o -> "Secret".equals(o.get("kind"))).toList();

        assertThat(devSecrets).extracting(s -> Tree.string(s, "metadata", "name"))
                .containsExactlyInAnyOrderElementsOf(KubernetesChecks.CREATED_BEFORE_DEPLOYMENT);
        assertThat(Tree.map(devSecrets.stream().filter(s -> Tree.string(s, "metadata", "name").equals("docpipe-ingest-token"))
                .findFirst().orElseThrow(), "stringData")).containsKey("token");
        assertThat(DeployFiles.manifests(k8s.resolve("base"))).noneMatch(o -> "Secret".equals(o.get("kind")));
    }

    @Test
    void prometheusRuleCarriesExactlyTheAlertRulesOfAlertsYml() {
        Map<String, Object> rule = base.named("PrometheusRule", "docpipe");
        Map<String, Object> alerts = DeployFiles.yamlMap(DeployFiles.deployDir().resolve("prometheus/alerts.yml"));

        assertThat(Tree.list(rule, "spec", "groups")).isEqualTo(Tree.list(alerts, "groups"));
    }
}
