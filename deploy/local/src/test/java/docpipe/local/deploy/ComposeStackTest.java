package docpipe.local.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import docpipe.pipeline.TopicDefaults;
import org.junit.jupiter.api.Test;

class ComposeStackTest {

    private final Path composeDir = DeployFiles.deployDir().resolve("compose");
    private final Map<String, Object> compose = DeployFiles.yamlMap(composeDir.resolve("compose.yaml"));
    private final Map<String, Object> services = Tree.map(compose, "services");

    @Test
    void runsEachServiceOnItsContractPortWithItsOwnImageAndHealthcheck() {
        Contract.PORTS.forEach((name, port) -> {
            Map<String, Object> service = Tree.map(services, name);
            assertThat(service).as(name).isNotEmpty();
            assertThat(Tree.list(service, "ports")).as(name).containsExactly(port + ":" + port);
            assertThat(Tree.string(service, "environment", "SERVER_PORT")).as(name).isEqualTo(String.valueOf(port));
            assertThat(Tree.string(service, "build", "args", "SERVICE")).as(name).isEqualTo(name);
            assertThat(Tree.string(service, "build", "args", "PORT")).as(name).isEqualTo(String.valueOf(port));
            assertThat(Tree.string(service, "image")).as(name).startsWith("docpipe/" + name + ":");
            assertThat(Tree.list(service, "healthcheck", "test")).as(name).contains(Contract.READINESS);
            assertThat(Tree.map(service, "depends_on")).as(name).containsKey("kafka-topics");
            assertThat(Tree.map(service, "depends_on").containsKey("mongo-init")).as(name + " waits for MongoDB")
                    .isEqualTo(Contract.usesMongo(name));
        });
    }

    @Test
    void buildsFromTheSharedDockerfileAtTheRepositoryRoot() {
        for (String name : Contract.PORTS.keySet()) {
            Path context = composeDir.resolve(Tree.string(services, name, "build", "context")).normalize();
            assertThat(context).isEqualTo(DeployFiles.repositoryRoot());
            assertThat(context.resolve(Tree.string(services, name, "build", "dockerfile"))).isRegularFile();
        }
    }

    @Test
    void setsOnlyEnvironmentVariablesTheServicesRead() {
        Contract.PORTS.keySet().forEach(name -> {
            Map<String, Object> env = Tree.map(services, name, "environment");
            assertThat(Contract.SERVICE_ENV).as(name).containsAll(env.keySet());
            assertThat(env).as(name).containsKeys("SPRING_KAFKA_BOOTSTRAP_SERVERS", "DOCPIPE_TOPICS_REPLICATION_FACTOR",
                    "JAVA_TOOL_OPTIONS");
            assertThat(env.containsKey("SPRING_MONGODB_URI")).as(name + " gets a MongoDB URI")
                    .isEqualTo(Contract.usesMongo(name));
            if (name.equals("ingest-service")) {
                assertThat(env).containsKeys("DOCPIPE_INGEST_TOKEN", "DOCPIPE_INBOX_FOLDER");
            } else {
                assertThat(env.keySet()).as(name).doesNotContainAnyElementsOf(Contract.INGEST_ONLY_ENV);
            }
            assertThat(Tree.string(env, "DOCPIPE_TOPICS_REPLICATION_FACTOR")).isEqualTo("3");
        });
    }

    @Test
    void givesAMongoUriExactlyToTheServicesThatDependOnMongo() {
        assertThat(Contract.PORTS.keySet()).filteredOn(Contract::usesMongo)
                .as("ingest stores blobs, parse reads them, query keeps the read model")
                .contains("ingest-service", "parse-service", "query-service");
    }

    @Test
    void pointsTheServicesAtAllThreeBrokersAndAllThreeReplicaSetMembers() {
        Map<String, Object> env = Tree.map(services, "query-service", "environment");

        List<String> brokers = Arrays.asList(Tree.string(env, "SPRING_KAFKA_BOOTSTRAP_SERVERS").split(","));
        assertThat(brokers).containsExactly("kafka-1:9092", "kafka-2:9092", "kafka-3:9092");
        brokers.forEach(b -> assertThat(services).containsKey(b.substring(0, b.indexOf(':'))));

        String mongoUri = Tree.string(env, "SPRING_MONGODB_URI");
        assertThat(mongoUri).startsWith("mongodb://query-service:${DOCPIPE_MONGO_QUERY_PASSWORD:?")
                .contains("@mongo-1:27017,mongo-2:27017,mongo-3:27017/").contains("replicaSet=rs0", "authSource=admin");
        assertThat(services).containsKeys("mongo-1", "mongo-2", "mongo-3");
    }

    @Test
    void runsKafkaAsThreeKraftNodesThatAreEachOthersVoters() {
        List<String> nodeIds = new ArrayList<>();
        for (String broker : List.of("kafka-1", "kafka-2", "kafka-3")) {
            Map<String, Object> kafka = Tree.map(services, broker);
            Map<String, Object> env = Tree.map(kafka, "environment");
            assertThat(Tree.string(kafka, "image")).startsWith("apache/kafka:");
            assertThat(Tree.string(env, "KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
            assertThat(Tree.string(env, "KAFKA_CONTROLLER_QUORUM_VOTERS"))
                    .isEqualTo("1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093");
            assertThat(Tree.string(env, "KAFKA_ADVERTISED_LISTENERS")).contains("PLAINTEXT://" + broker + ":9092");
            assertThat(Tree.string(env, "KAFKA_MIN_INSYNC_REPLICAS")).isEqualTo("2");
            assertThat(Tree.string(env, "KAFKA_MESSAGE_MAX_BYTES")).isEqualTo(String.valueOf(TopicDefaults.MAX_RECORD_BYTES));
            assertThat(Tree.string(env, "CLUSTER_ID")).hasSize(22);
            nodeIds.add(Tree.string(env, "KAFKA_NODE_ID"));
        }
        assertThat(nodeIds).containsExactly("1", "2", "3");
    }

    @Test
    void createsExactlyThePipelineTopicsWithTheContractPartitionsAndRecordSize() {
        Map<String, Object> init = Tree.map(services, "kafka-topics");
        assertThat(Tree.string(init, "environment", "PARTITIONS")).isEqualTo(String.valueOf(TopicDefaults.PARTITIONS));
        String script = DeployFiles.read(mountedFile(init, "/scripts/create-topics.sh"));

        List<String> created = new ArrayList<>();
        Matcher create = Pattern.compile("(?m)^create (\\S+)").matcher(script);
        while (create.find()) {
            created.add(create.group(1));
        }
        assertThat(created).containsExactlyInAnyOrderElementsOf(TopicDefaults.all());
        assertThat(script).contains("max_bytes=" + TopicDefaults.MAX_RECORD_BYTES);
    }

    @Test
    void initiatesTheReplicaSetWithEveryMongoMember() {
        Map<String, Object> init = Tree.map(services, "mongo-init");
        String script = DeployFiles.read(mountedFile(init, "/scripts/mongo-init.js"));

        assertThat(script).contains("rs.initiate(", "_id: 'rs0'");
        for (String member : List.of("mongo-1", "mongo-2", "mongo-3")) {
            assertThat(script).contains("'" + member + ":27017'");
            assertThat(Tree.list(services, member, "command")).containsSequence("--replSet", "rs0")
                    .containsSequence("--keyFile", "/keys/keyfile");
        }
        assertThat(Tree.map(init, "depends_on")).containsKeys("mongo-1", "mongo-2", "mongo-3");
    }

    @Test
    void mountsPrometheusAndGrafanaConfigurationThatExists() {
        for (String name : List.of("prometheus", "grafana", "kafka-topics", "mongo-init")) {
            for (Object volume : Tree.list(services, name, "volumes")) {
                String source = String.valueOf(volume).split(":")[0];
                if (source.startsWith(".")) {
                    assertThat(composeDir.resolve(source).normalize()).as(name + " mounts " + source).exists();
                }
            }
        }
        assertThat(mountedFile(Tree.map(services, "prometheus"), "/etc/prometheus/prometheus.yml").getFileName())
                .hasToString("prometheus-compose.yml");
        assertThat(Tree.string(services, "grafana", "environment", "PROMETHEUS_URL")).isEqualTo("http://prometheus:9090");
    }

    @Test
    void refusesToStartWithoutEveryCredentialAndHasNoDefaultForAny() {
        String text = DeployFiles.read(composeDir.resolve("compose.yaml"));
        Matcher variable = Pattern.compile("\\$\\{([A-Z0-9_]+)(:?[-?])?").matcher(text);
        List<String> credentials = new ArrayList<>();
        while (variable.find()) {
            if (variable.group(1).matches(".*(TOKEN|PASSWORD|SECRET).*")) {
                credentials.add(variable.group(1));
                assertThat(variable.group(2)).as("${%s} must be required (:?), never defaulted", variable.group(1))
                        .isEqualTo(":?");
            }
        }
        assertThat(credentials).contains("DOCPIPE_INGEST_TOKEN", "DOCPIPE_QUERY_READ_TOKEN", "MONGO_ROOT_PASSWORD",
                "DOCPIPE_MONGO_INGEST_PASSWORD", "DOCPIPE_MONGO_PARSE_PASSWORD", "DOCPIPE_MONGO_QUERY_PASSWORD",
                "GRAFANA_ADMIN_PASSWORD");
        assertThat(Tree.string(services, "query-service", "environment", "DOCPIPE_QUERY_READ_TOKEN"))
                .startsWith("${DOCPIPE_QUERY_READ_TOKEN:?");
        assertThat(Tree.string(services, "ingest-service", "environment", "DOCPIPE_INGEST_TOKEN"))
                .startsWith("${DOCPIPE_INGEST_TOKEN:?");
    }

    @Test
    void givesEachServiceAMongoUserWithTheLeastRightsItNeeds() {
        String script = DeployFiles.read(mountedFile(Tree.map(services, "mongo-init"), "/scripts/mongo-init.js"));

        assertThat(script).contains("user: 'ingest-service'", "user: 'parse-service'", "user: 'query-service'")
                .contains("{ role: 'read', db: 'docpipe-ingest' }").doesNotContain("readWriteAnyDatabase", "dbOwner",
                        "role: 'root'");
        for (String name : Contract.PORTS.keySet()) {
            if (Contract.usesMongo(name)) {
                assertThat(Tree.string(services, name, "environment", "SPRING_MONGODB_URI")).as(name)
                        .startsWith("mongodb://" + name + ":${");
            }
        }
    }

    @Test
    void grafanaHasNoAnonymousAccessAndNoDefaultPassword() {
        Map<String, Object> env = Tree.map(services, "grafana", "environment");

        assertThat(Tree.string(env, "GF_AUTH_ANONYMOUS_ENABLED")).isEqualTo("false");
        assertThat(Tree.string(env, "GF_SECURITY_ADMIN_PASSWORD")).startsWith("${GRAFANA_ADMIN_PASSWORD:?");
        assertThat(Tree.list(services, "prometheus", "ports")).allSatisfy(p -> assertThat(String.valueOf(p)).startsWith("127.0.0.1:"));
        for (String broker : List.of("kafka-1", "kafka-2", "kafka-3")) {
            assertThat(Tree.list(services, broker, "ports")).allSatisfy(p -> assertThat(String.valueOf(p)).startsWith("127.0.0.1:"));
        }
    }

    private Path mountedFile(Map<String, Object> service, String target) {
        for (Object volume : Tree.list(service, "volumes")) {
            String[] parts = String.valueOf(volume).split(":");
            if (parts.length >= 2 && parts[1].equals(target)) {
                Path file = composeDir.resolve(parts[0]).normalize();
                assertThat(Files.isRegularFile(file)).as(file.toString()).isTrue();
                return file;
            }
        }
        throw new AssertionError("nothing mounted at " + target);
    }
}
