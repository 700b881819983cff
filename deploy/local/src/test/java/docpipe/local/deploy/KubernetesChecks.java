package docpipe.local.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import docpipe.pipeline.TopicDefaults;
import docpipe.events.Topics;

/**
 * Checks of a set of Kubernetes objects against the contract: run on the base's files as written and on every
 * overlay as Kustomize renders it.
 */
final class KubernetesChecks {

    /** Secrets that production creates before deploying, so that applying the manifests never overwrites them. */
    static final Set<String> CREATED_BEFORE_DEPLOYMENT = Set.of("docpipe-ingest-token", "docpipe-query-read-token",
            "docpipe-mongodb-ingest-password", "docpipe-mongodb-parse-password", "docpipe-mongodb-query-password");

    /** Secrets the operators write: Strimzi's cluster CA certificate (the Kafka users' Secrets are added by name). */
    static final Set<String> MADE_BY_OPERATORS = Set.of("docpipe-kafka-cluster-ca-cert");

    private final List<Map<String, Object>> objects;
    private final Set<String> externalSecrets;

    /**
     * @param externalSecrets Secrets the pods may name without the manifests declaring them (created beforehand)
     */
    KubernetesChecks(List<Map<String, Object>> objects, Set<String> externalSecrets) {
        this.objects = objects;
        this.externalSecrets = externalSecrets;
    }

    List<Map<String, Object>> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    Map<String, Object> named(String kind, String name) {
        return ofKind(kind).stream().filter(o -> name.equals(Tree.string(o, "metadata", "name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    /** The services' workloads: Deployments, and the StatefulSet of query-service (its search index on a volume). */
    List<Map<String, Object>> workloads() {
        List<Map<String, Object>> all = new java.util.ArrayList<>(ofKind("Deployment"));
        all.addAll(ofKind("StatefulSet"));
        return all;
    }

    Map<String, Object> workload(String name) {
        return workloads().stream().filter(o -> name.equals(Tree.string(o, "metadata", "name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no workload " + name));
    }

    void deploymentsFollowTheContract() {
        assertThat(workloads()).extracting(d -> Tree.string(d, "metadata", "name"))
                .containsExactlyInAnyOrderElementsOf(Contract.PORTS.keySet());
        Contract.PORTS.forEach((name, port) -> {
            Map<String, Object> deployment = workload(name);
            Map<String, Object> pod = Tree.map(deployment, "spec", "template");
            assertThat(Tree.map(deployment, "spec", "selector", "matchLabels")).as(name).isNotEmpty();
            assertThat(Tree.map(pod, "metadata", "labels"))
                    .containsAllEntriesOf(Tree.map(deployment, "spec", "selector", "matchLabels"));
            assertThat(Tree.at(pod, "spec", "securityContext", "runAsNonRoot")).as(name).isEqualTo(true);

            List<Map<String, Object>> containers = Tree.maps(pod, "spec", "containers");
            assertThat(containers).as(name).hasSize(1);
            Map<String, Object> container = containers.get(0);
            assertThat(Tree.string(container, "image")).as(name).contains("docpipe/" + name);
            assertThat(Tree.string(container, "ports", 0, "containerPort")).as(name).isEqualTo(String.valueOf(port));
            assertThat(Tree.string(container, "ports", 0, "name")).isEqualTo("http");

            assertThat(Tree.string(container, "livenessProbe", "httpGet", "path")).as(name).isEqualTo(Contract.LIVENESS);
            assertThat(Tree.string(container, "readinessProbe", "httpGet", "path")).as(name).isEqualTo(Contract.READINESS);
            assertThat(Tree.string(container, "startupProbe", "httpGet", "path")).as(name).isEqualTo(Contract.LIVENESS);
            for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                assertThat(Tree.string(container, probe, "httpGet", "port")).as(name + " " + probe).isEqualTo("http");
            }
            for (String bound : List.of("requests", "limits")) {
                assertThat(Tree.map(container, "resources", bound)).as(name + " " + bound).containsKeys("cpu", "memory");
            }
            assertThat(Tree.map(pod, "metadata", "annotations"))
                    .containsEntry("prometheus.io/port", String.valueOf(port))
                    .containsEntry("prometheus.io/path", Contract.METRICS);

            Map<String, Object> env = env(container);
            assertThat(Contract.SERVICE_ENV).as(name).containsAll(env.keySet());
            assertThat(Tree.string(env, "SERVER_PORT")).as(name).isEqualTo(String.valueOf(port));
            if (Contract.usesMongo(name)) {
                assertThat(Tree.string(env, "SPRING_MONGODB_URI", "valueFrom", "secretKeyRef", "key")).as(name)
                        .isEqualTo("connectionString.standard");
            } else {
                assertThat(env).as(name).doesNotContainKey("SPRING_MONGODB_URI");
            }
            if (name.equals("ingest-service")) {
                assertThat(Tree.string(env, "DOCPIPE_INGEST_TOKEN", "valueFrom", "secretKeyRef", "name"))
                        .isEqualTo("docpipe-ingest-token");
                assertThat(Tree.string(env, "DOCPIPE_INBOX_FOLDER")).isNotBlank();
            } else {
                assertThat(env.keySet()).as(name).doesNotContainAnyElementsOf(Contract.INGEST_ONLY_ENV);
            }
            List<String> configMaps = Tree.maps(container, "envFrom").stream()
                    .map(e -> Tree.string(e, "configMapRef", "name")).toList();
            assertThat(configMaps).as(name).containsExactly("docpipe-config");
        });
        Map<String, Object> config = Tree.map(named("ConfigMap", "docpipe-config"), "data");
        assertThat(Contract.SERVICE_ENV).containsAll(config.keySet());
        assertThat(config).containsEntry("DOCPIPE_TOPICS_REPLICATION_FACTOR", "3")
                .containsKeys("SPRING_KAFKA_BOOTSTRAP_SERVERS", "JAVA_TOOL_OPTIONS");
        assertThat(Tree.string(config, "SPRING_KAFKA_BOOTSTRAP_SERVERS"))
                .isEqualTo(kafkaName() + "-kafka-bootstrap:" + tlsListenerPort());
        assertThat(config).containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                .containsEntry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512");
    }

    /**
     * Every Secret, ConfigMap and PersistentVolumeClaim a pod or the MongoDB resource refers to exists, is made by the
     * MongoDB operator, or is one of the external Secrets.
     */
    void podsReferToObjectsThatExist() {
        Set<String> secrets = secrets();
        secrets.addAll(mongoConnectionSecrets());
        secrets.addAll(names("KafkaUser"));
        secrets.addAll(MADE_BY_OPERATORS);
        for (Map<String, Object> deployment : workloads()) {
            Map<String, Object> pod = Tree.map(deployment, "spec", "template", "spec");
            for (Map<String, Object> volume : Tree.maps(pod, "volumes")) {
                String secret = Tree.string(volume, "secret", "secretName");
                if (secret != null) {
                    assertThat(secrets).contains(secret);
                }
            }
            for (Map<String, Object> container : Tree.maps(pod, "containers")) {
                for (Map<String, Object> variable : Tree.maps(container, "env")) {
                    String secret = Tree.string(variable, "valueFrom", "secretKeyRef", "name");
                    if (secret != null) {
                        assertThat(secrets).contains(secret);
                    }
                }
                Tree.maps(container, "envFrom").forEach(e -> assertThat(names("ConfigMap"))
                        .contains(Tree.string(e, "configMapRef", "name")));
            }
            for (Map<String, Object> volume : Tree.maps(pod, "volumes")) {
                String claim = Tree.string(volume, "persistentVolumeClaim", "claimName");
                if (claim != null) {
                    assertThat(names("PersistentVolumeClaim")).contains(claim);
                }
            }
        }
        assertThat(Tree.maps(named("Deployment", "ingest-service"), "spec", "template", "spec", "volumes"))
                .anySatisfy(v -> assertThat(Tree.string(v, "persistentVolumeClaim", "claimName")).isEqualTo("ingest-inbox"));
    }

    /**
     * Each query-service replica keeps its search index on a volume of its own, so a rolling update finds it, and is
     * not ready until the index has caught up, so a new replica never serves partial results.
     */
    void searchReplicasKeepTheirIndexAndWaitForItBeforeServing() {
        Map<String, Object> query = named("StatefulSet", "query-service");
        assertThat(Tree.maps(query, "spec", "volumeClaimTemplates"))
                .anySatisfy(c -> assertThat(Tree.string(c, "metadata", "name")).isEqualTo("search-index"));
        assertThat(Tree.maps(query, "spec", "template", "spec", "volumes"))
                .noneSatisfy(v -> assertThat(Tree.string(v, "name")).isEqualTo("search-index"));
        Map<String, Object> container = Tree.maps(query, "spec", "template", "spec", "containers").get(0);
        assertThat(Tree.maps(container, "volumeMounts"))
                .anySatisfy(m -> assertThat(Tree.string(m, "mountPath")).isEqualTo("/data/search-index"));
        assertThat(Tree.string(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
        assertThat(named("Service", Tree.string(query, "spec", "serviceName"))).isNotNull();
    }

    void servicesAndDisruptionBudgetsSelectTheirDeployment() {
        Contract.PORTS.forEach((name, port) -> {
            Map<String, Object> podLabels = Tree.map(workload(name), "spec", "template", "metadata", "labels");
            Map<String, Object> service = named("Service", name);
            assertThat(podLabels).as(name).containsAllEntriesOf(Tree.map(service, "spec", "selector"));
            assertThat(Tree.string(service, "spec", "ports", 0, "port")).isEqualTo(String.valueOf(port));
            assertThat(Tree.string(service, "spec", "ports", 0, "name")).isEqualTo("http");

            Map<String, Object> budget = named("PodDisruptionBudget", name);
            assertThat(podLabels).as(name).containsAllEntriesOf(Tree.map(budget, "spec", "selector", "matchLabels"));
            assertThat(Tree.map(budget, "spec")).containsAnyOf(Map.entry("maxUnavailable", 1), Map.entry("minAvailable", 1));
        });
        Map<String, Object> monitor = named("ServiceMonitor", "docpipe");
        Map<String, Object> selector = Tree.map(monitor, "spec", "selector", "matchLabels");
        assertThat(ofKind("Service")).filteredOn(s -> Tree.map(s, "metadata", "labels").entrySet()
                        .containsAll(selector.entrySet()))
                .extracting(s -> Tree.string(s, "metadata", "name"))
                .containsExactlyInAnyOrderElementsOf(Contract.PORTS.keySet());
        assertThat(Tree.string(monitor, "spec", "endpoints", 0, "path")).isEqualTo(Contract.METRICS);
        assertThat(Tree.string(monitor, "spec", "endpoints", 0, "port")).isEqualTo("http");
    }

    void topicsAreThePipelineTopicsWithContractPartitions() {
        List<Map<String, Object>> topics = ofKind("KafkaTopic");
        assertThat(topics).extracting(t -> Tree.string(t, "spec", "topicName"))
                .containsExactlyInAnyOrderElementsOf(TopicDefaults.all());
        for (Map<String, Object> topic : topics) {
            String name = Tree.string(topic, "spec", "topicName");
            assertThat(Tree.string(topic, "spec", "partitions")).as(name).isEqualTo(String.valueOf(TopicDefaults.PARTITIONS));
            assertThat(Tree.string(topic, "spec", "replicas")).as(name).isEqualTo("3");
            assertThat(stringValues(Tree.map(topic, "spec", "config"))).as(name)
                    .containsAllEntriesOf(TopicDefaults.config(name));
            assertThat(Tree.string(topic, "metadata", "labels", "strimzi.io/cluster")).isEqualTo(kafkaName());
            String policy = Tree.string(topic, "spec", "config", "cleanup.policy");
            assertThat(policy).as(name).isEqualTo(name.endsWith(Topics.DLT_SUFFIX) ? "delete" : "compact");
        }
    }

    void kafkaRunsInKraftWithThreeNodesAndMongoAsAReplicaSetOfThree() {
        List<Map<String, Object>> pools = ofKind("KafkaNodePool");
        assertThat(pools).hasSize(1);
        assertThat(Tree.string(pools.get(0), "spec", "replicas")).isEqualTo("3");
        assertThat(Tree.list(pools.get(0), "spec", "roles")).containsExactlyInAnyOrder("broker", "controller");
        assertThat(Tree.string(pools.get(0), "metadata", "labels", "strimzi.io/cluster")).isEqualTo(kafkaName());
        Map<String, Object> config = Tree.map(ofKind("Kafka").get(0), "spec", "kafka", "config");
        assertThat(String.valueOf(config.get("message.max.bytes"))).isEqualTo(String.valueOf(TopicDefaults.MAX_RECORD_BYTES));
        assertThat(String.valueOf(config.get("min.insync.replicas"))).isEqualTo("2");

        List<Map<String, Object>> mongo = ofKind("MongoDBCommunity");
        assertThat(mongo).hasSize(1);
        assertThat(Tree.string(mongo.get(0), "spec", "type")).isEqualTo("ReplicaSet");
        assertThat(Tree.string(mongo.get(0), "spec", "members")).isEqualTo("3");
        for (Map<String, Object> user : Tree.maps(mongo.get(0), "spec", "users")) {
            assertThat(secrets()).contains(Tree.string(user, "passwordSecretRef", "name"));
        }
    }

    void consumersScaleOnTheirGroupsLagUpToThePartitionCount() {
        List<Map<String, Object>> scaled = ofKind("ScaledObject");
        assertThat(scaled).extracting(s -> Tree.string(s, "spec", "scaleTargetRef", "name"))
                .containsExactlyInAnyOrderElementsOf(Contract.CONSUMERS);
        for (Map<String, Object> object : scaled) {
            String target = Tree.string(object, "spec", "scaleTargetRef", "name");
            assertThat(Tree.string(object, "spec", "scaleTargetRef", "kind")).isEqualTo(Tree.string(workload(target), "kind"));
            int min = Integer.parseInt(Tree.string(object, "spec", "minReplicaCount"));
            int max = Integer.parseInt(Tree.string(object, "spec", "maxReplicaCount"));
            assertThat(min).as(target).isBetween(1, max);
            assertThat(max).as(target).isLessThanOrEqualTo(TopicDefaults.PARTITIONS);
            List<Map<String, Object>> triggers = Tree.maps(object, "spec", "triggers");
            assertThat(triggers).as(target).isNotEmpty().allSatisfy(t -> {
                assertThat(t.get("type")).isEqualTo("kafka");
                assertThat(Tree.string(t, "metadata", "consumerGroup")).isEqualTo(target);
                assertThat(Tree.string(t, "metadata", "allowIdleConsumers")).isEqualTo("false");
                assertThat(Tree.string(t, "metadata", "bootstrapServers"))
                        .startsWith(kafkaName() + "-kafka-bootstrap.").endsWith(".svc:" + tlsListenerPort());
                assertThat(Tree.string(t, "authenticationRef", "name")).as(target).isNotBlank();
                String topic = Tree.string(t, "metadata", "topic");
                if (topic != null) {
                    assertThat(TopicDefaults.all()).contains(topic);
                }
            });
        }
        assertThat(Tree.string(named("ScaledObject", "parse-service"), "spec", "triggers", 0, "metadata", "topic"))
                .isEqualTo(Topics.RECEIVED);
        assertThat(Tree.string(named("ScaledObject", "enrich-service"), "spec", "triggers", 0, "metadata", "topic"))
                .isEqualTo(Topics.PARSED);
    }

    String kafkaName() {
        List<Map<String, Object>> kafka = ofKind("Kafka");
        assertThat(kafka).hasSize(1);
        return Tree.string(kafka.get(0), "metadata", "name");
    }

    private String tlsListenerPort() {
        return Tree.maps(ofKind("Kafka").get(0), "spec", "kafka", "listeners").stream()
                .filter(l -> Boolean.TRUE.equals(l.get("tls")) && "internal".equals(l.get("type")))
                .map(l -> String.valueOf(l.get("port"))).findFirst()
                .orElseThrow(() -> new AssertionError("no TLS internal listener"));
    }

    /**
     * The Secrets the MongoDB Community operator writes with each user's connection string: the user's
     * {@code connectionStringSecretName}, else {@code <name>-<auth db>-<user>}.
     */
    private Set<String> mongoConnectionSecrets() {
        Map<String, Object> mongo = ofKind("MongoDBCommunity").get(0);
        return Tree.maps(mongo, "spec", "users").stream().map(user -> user.containsKey("connectionStringSecretName")
                ? Tree.string(user, "connectionStringSecretName")
                : Tree.string(mongo, "metadata", "name") + "-" + Tree.string(user, "db") + "-" + Tree.string(user, "name"))
                .collect(Collectors.toSet());
    }

    /** Every Kafka listener is TLS with SCRAM users, and the cluster authorizes by ACL. */
    void kafkaHasNoPlaintextListenerAndAuthorizesEveryClient() {
        for (Map<String, Object> kafka : ofKind("Kafka")) {
            List<Map<String, Object>> listeners = Tree.maps(kafka, "spec", "kafka", "listeners");
            assertThat(listeners).isNotEmpty().allSatisfy(l -> {
                assertThat(l.get("tls")).as("listener %s", l.get("name")).isEqualTo(true);
                assertThat(Tree.string(l, "authentication", "type")).as("listener %s", l.get("name"))
                        .isEqualTo("scram-sha-512");
            });
            assertThat(Tree.string(kafka, "spec", "kafka", "authorization", "type")).isEqualTo("simple");
        }
    }

    /**
     * Each service has a SCRAM user with ACLs, may write exactly its own topics ({@link Contract#WRITES}), and reads
     * its password from that user's Secret; no user may do everything.
     */
    void everyKafkaUserHasAclsAndEachServiceWritesOnlyItsOwnTopics() {
        List<Map<String, Object>> users = ofKind("KafkaUser");
        assertThat(users).extracting(u -> Tree.string(u, "metadata", "name")).containsAll(Contract.PORTS.keySet());
        for (Map<String, Object> user : users) {
            String name = Tree.string(user, "metadata", "name");
            assertThat(Tree.string(user, "metadata", "labels", "strimzi.io/cluster")).as(name).isEqualTo(kafkaName());
            assertThat(Tree.string(user, "spec", "authentication", "type")).as(name).isEqualTo("scram-sha-512");
            assertThat(Tree.string(user, "spec", "authorization", "type")).as(name).isEqualTo("simple");
            List<Map<String, Object>> acls = Tree.maps(user, "spec", "authorization", "acls");
            assertThat(acls).as("ACLs of %s", name).isNotEmpty();
            for (Map<String, Object> acl : acls) {
                assertThat(Tree.string(acl, "resource", "name")).as(name).isNotEqualTo("*");
                assertThat(Tree.list(acl, "operations")).as(name).doesNotContain("All", "Alter", "Delete", "AlterConfigs");
            }
            Set<String> writes = acls.stream()
                    .filter(a -> "topic".equals(Tree.string(a, "resource", "type")) && Tree.list(a, "operations").contains("Write"))
                    .peek(a -> assertThat(Tree.string(a, "resource", "patternType")).as(name).isEqualTo("literal"))
                    .map(a -> Tree.string(a, "resource", "name")).collect(Collectors.toSet());
            assertThat(writes).as("topics %s may write", name).isEqualTo(Contract.WRITES.getOrDefault(name, Set.of()));
        }
        for (String service : Contract.PORTS.keySet()) {
            Map<String, Object> container = Tree.maps(workload(service), "spec", "template", "spec", "containers").get(0);
            assertThat(Tree.string(env(container), "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG", "valueFrom", "secretKeyRef", "name"))
                    .as(service).isEqualTo(service);
        }
    }

    /** Every credential a pod gets comes from a Secret, never a literal value, and no Secret is written in the manifests. */
    void everySecretComesFromASecret() {
        for (Map<String, Object> workload : workloads()) {
            String name = Tree.string(workload, "metadata", "name");
            for (Map<String, Object> container : Tree.maps(workload, "spec", "template", "spec", "containers")) {
                for (Map<String, Object> variable : Tree.maps(container, "env")) {
                    String variableName = Tree.string(variable, "name");
                    if (Contract.SECRET_ENV.contains(variableName) || variableName.matches(".*(TOKEN|PASSWORD|SECRET).*")) {
                        assertThat(variable).as(name + " " + variableName).doesNotContainKey("value");
                        assertThat(Tree.string(variable, "valueFrom", "secretKeyRef", "name")).as(name + " " + variableName)
                                .isNotBlank();
                    }
                }
            }
        }
        assertThat(Tree.string(env(Tree.maps(workload("query-service"), "spec", "template", "spec", "containers").get(0)),
                "DOCPIPE_QUERY_READ_TOKEN", "valueFrom", "secretKeyRef", "name")).isEqualTo("docpipe-query-read-token");
        assertThat(ofKind("Secret")).as("Secrets written out in the manifests")
                .allSatisfy(secret -> assertThat(secret).doesNotContainKeys("stringData")
                        .satisfies(s -> assertThat(Tree.map(s, "data")).as("data of " + Tree.string(s, "metadata", "name"))
                                .isNotEmpty()));
    }

    /** MongoDB authenticates, each service has a user of its own, and none holds more than readWrite on its database. */
    void mongoGivesEachServiceAUserWithTheLeastRights() {
        Map<String, Object> mongo = ofKind("MongoDBCommunity").get(0);
        assertThat(Tree.list(mongo, "spec", "security", "authentication", "modes")).contains("SCRAM");
        List<Map<String, Object>> users = Tree.maps(mongo, "spec", "users");
        assertThat(users).extracting(u -> Tree.string(u, "name"))
                .containsExactlyInAnyOrderElementsOf(Contract.PORTS.keySet().stream().filter(Contract::usesMongo).toList());
        for (Map<String, Object> user : users) {
            assertThat(Tree.maps(user, "roles")).as(Tree.string(user, "name")).isNotEmpty().allSatisfy(role -> {
                assertThat(Tree.string(role, "name")).isIn("read", "readWrite");
                assertThat(Tree.string(role, "db")).isIn("docpipe", "docpipe-ingest");
            });
        }
        assertThat(users).filteredOn(u -> "parse-service".equals(u.get("name"))).singleElement()
                .satisfies(u -> assertThat(Tree.maps(u, "roles")).extracting(r -> r.get("name")).containsOnly("read"));
        Set<String> connections = mongoConnectionSecrets();
        for (String service : Contract.PORTS.keySet()) {
            if (Contract.usesMongo(service)) {
                Map<String, Object> container = Tree.maps(workload(service), "spec", "template", "spec", "containers").get(0);
                String secret = Tree.string(env(container), "SPRING_MONGODB_URI", "valueFrom", "secretKeyRef", "name");
                assertThat(connections).as(service).contains(secret);
                assertThat(secret).as("%s connects as its own user", service).contains(service.replace("-service", ""));
            }
        }
    }

    private Set<String> secrets() {
        Set<String> secrets = names("Secret");
        secrets.addAll(externalSecrets);
        return secrets;
    }

    private Set<String> names(String kind) {
        return ofKind(kind).stream().map(o -> Tree.string(o, "metadata", "name")).collect(Collectors.toSet());
    }

    private static Map<String, Object> env(Map<String, Object> container) {
        return Tree.maps(container, "env").stream().collect(Collectors.toMap(e -> Tree.string(e, "name"),
                e -> e.containsKey("value") ? e.get("value") : Tree.map(e)));
    }

    private static Map<String, String> stringValues(Map<String, Object> config) {
        return config.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
    }
}
