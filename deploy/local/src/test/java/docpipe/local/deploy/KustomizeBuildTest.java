package docpipe.local.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Renders the base and both overlays with Kustomize and checks the result. Skipped (not passed) where neither a
 * {@code kustomize} binary nor {@code kubectl} (which embeds Kustomize) is installed.
 */
class KustomizeBuildTest {

    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "StorageClass", "PersistentVolume");

    private final Path k8s = DeployFiles.deployDir().resolve("k8s");
    private ExternalTool tool;
    private boolean standalone;

    @BeforeEach
    void findKustomize() {
        Optional<ExternalTool> kustomize = ExternalTool.onPath("kustomize");
        Optional<ExternalTool> kubectl = ExternalTool.onPath("kubectl");
        assumeTrue(kustomize.isPresent() || kubectl.isPresent(), "neither kustomize nor kubectl is installed");
        standalone = kustomize.isPresent();
        tool = kustomize.orElseGet(kubectl::get);
    }

    @Test
    void baseRendersToTheObjectsItsFilesDeclare() {
        List<Map<String, Object>> rendered = build("base");

        assertThat(rendered).hasSameSizeAs(DeployFiles.manifests(k8s.resolve("base")));
        checkAll(new KubernetesChecks(rendered, KubernetesChecks.CREATED_BEFORE_DEPLOYMENT));
        assertThat(rendered).allSatisfy(o -> assertThat(Tree.string(o, "metadata", "labels", "app.kubernetes.io/part-of"))
                .isEqualTo("docpipe"));
    }

    @Test
    void devOverlayRendersIntoItsNamespaceWithItsSecretsAndAtMostTwoConsumersPerStage() throws Exception {
        // the overlay's credentials are generated, never committed: make them as a developer would, once
        Process secrets = new ProcessBuilder("bash", k8s.resolve("overlays/dev/make-secrets.sh").toString())
                .redirectErrorStream(true).start();
        secrets.getInputStream().readAllBytes();
        assertThat(secrets.waitFor()).isZero();
        List<Map<String, Object>> rendered = build("overlays/dev");
        KubernetesChecks checks = new KubernetesChecks(rendered, Set.of());

        checkAll(checks);
        assertNamespace(rendered, "docpipe-dev");
        assertThat(checks.ofKind("ScaledObject")).allSatisfy(s -> {
            assertThat(Tree.string(s, "spec", "maxReplicaCount")).isEqualTo("2");
            assertThat(Tree.string(s, "spec", "triggers", 0, "metadata", "bootstrapServers")).contains(".docpipe-dev.svc:");
        });
    }

    @Test
    void productionOverlayRendersIntoItsNamespaceWithRegistryImagesAndTwoToSixConsumers() {
        List<Map<String, Object>> rendered = build("overlays/production");
        KubernetesChecks checks = new KubernetesChecks(rendered, KubernetesChecks.CREATED_BEFORE_DEPLOYMENT);

        checkAll(checks);
        assertThat(checks.ofKind("Secret")).as("production Secrets are created outside the manifests").isEmpty();
        assertNamespace(rendered, "docpipe");
        assertThat(checks.ofKind("ScaledObject")).allSatisfy(s -> {
            assertThat(Tree.string(s, "spec", "minReplicaCount")).isEqualTo("2");
            assertThat(Tree.string(s, "spec", "maxReplicaCount")).isEqualTo("6");
            assertThat(Tree.string(s, "spec", "triggers", 0, "metadata", "bootstrapServers")).contains(".docpipe.svc:");
        });
        for (Map<String, Object> deployment : checks.workloads()) {
            String name = Tree.string(deployment, "metadata", "name");
            assertThat(Tree.string(deployment, "spec", "template", "spec", "containers", 0, "image"))
                    .matches(".+/docpipe/" + name + ":[0-9][^:]*").doesNotContain("SNAPSHOT");
        }
    }

    private static void checkAll(KubernetesChecks checks) {
        checks.deploymentsFollowTheContract();
        checks.podsReferToObjectsThatExist();
        checks.servicesAndDisruptionBudgetsSelectTheirDeployment();
        checks.searchReplicasKeepTheirIndexAndWaitForItBeforeServing();
        checks.topicsAreThePipelineTopicsWithContractPartitions();
        checks.kafkaRunsInKraftWithThreeNodesAndMongoAsAReplicaSetOfThree();
        checks.consumersScaleOnTheirGroupsLagUpToThePartitionCount();
        checks.kafkaHasNoPlaintextListenerAndAuthorizesEveryClient();
        checks.everyKafkaUserHasAclsAndEachServiceWritesOnlyItsOwnTopics();
        checks.everySecretComesFromASecret();
        checks.mongoGivesEachServiceAUserWithTheLeastRights();
    }

    private static void assertNamespace(List<Map<String, Object>> rendered, String namespace) {
        assertThat(rendered).filteredOn(o -> !CLUSTER_SCOPED.contains(String.valueOf(o.get("kind"))))
                .allSatisfy(o -> assertThat(Tree.string(o, "metadata", "namespace")).as(Tree.string(o, "metadata", "name"))
                        .isEqualTo(namespace));
    }

    private List<Map<String, Object>> build(String dir) {
        ExternalTool.Result result = standalone ? tool.run(k8s, "build", dir) : tool.run(k8s, "kustomize", dir);
        assertThat(result.exitCode()).as(result.all()).isZero();
        List<Object> documents = new java.util.ArrayList<>();
        new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(result.output()).forEach(documents::add);
        return DeployFiles.kubernetesObjects(documents);
    }
}
