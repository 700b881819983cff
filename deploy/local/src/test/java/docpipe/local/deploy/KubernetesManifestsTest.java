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
    void devOverlayGeneratesTheSecretsThatProductionCreatesBeforehandFromRandomValuesNeverCommitted() {
        Path dev = k8s.resolve("overlays/dev");
        List<Map<String, Object>> generated = Tree.maps(DeployFiles.yamlMap(dev.resolve("kustomization.yaml")), "secretGenerator");
        String script = DeployFiles.read(dev.resolve("make-secrets.sh"));

        assertThat(generated).extracting(g -> Tree.string(g, "name"))
                .containsExactlyInAnyOrderElementsOf(KubernetesChecks.CREATED_BEFORE_DEPLOYMENT);
        for (Map<String, Object> secret : generated) {
            assertThat(secret).as(Tree.string(secret, "name")).doesNotContainKeys("literals", "envs");
            for (Object file : Tree.list(secret, "files")) {
                String path = String.valueOf(file).substring(String.valueOf(file).indexOf('=') + 1);
                assertThat(path).startsWith("secrets/");
                assertThat(script).as("make-secrets.sh writes %s", path).contains(path.substring("secrets/".length()));
            }
        }
        assertThat(script).contains("/dev/urandom");
        assertThat(DeployFiles.read(dev.resolve(".gitignore"))).contains("secrets/");
        assertThat(DeployFiles.manifests(k8s)).as("Secrets written into the manifests").noneMatch(o -> "Secret".equals(o.get("kind")));
    }

    @Test
    void kafkaHasOnlyATlsListenerWithScramUsers() {
        base.kafkaHasNoPlaintextListenerAndAuthorizesEveryClient();
    }

    @Test
    void everyKafkaUserHasAclsAndEachServiceWritesOnlyItsOwnTopics() {
        base.everyKafkaUserHasAclsAndEachServiceWritesOnlyItsOwnTopics();
    }

    @Test
    void everyCredentialAPodGetsComesFromASecret() {
        base.everySecretComesFromASecret();
    }

    @Test
    void mongoGivesEachServiceAUserWithTheLeastRightsItNeeds() {
        base.mongoGivesEachServiceAUserWithTheLeastRights();
    }

    @Test
    void prometheusRuleCarriesExactlyTheAlertRulesOfAlertsYml() {
        Map<String, Object> rule = base.named("PrometheusRule", "docpipe");
        Map<String, Object> alerts = DeployFiles.yamlMap(DeployFiles.deployDir().resolve("prometheus/alerts.yml"));

        assertThat(Tree.list(rule, "spec", "groups")).isEqualTo(Tree.list(alerts, "groups"));
    }
}
