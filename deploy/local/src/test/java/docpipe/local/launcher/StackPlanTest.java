package docpipe.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class StackPlanTest {

    private final Path home = Path.of("/repo");
    private final Settings settings = new Settings(home, new DataDirectory(Path.of("/state")), "9f2c4e1a7b3d5f60", "/jdk/bin/java",
            Path.of("/repo/deploy/local/target/docpipe-local-0.1.0-SNAPSHOT-exec.jar"), Duration.ofSeconds(60),
            List.of("-Dextra=1"));
    private final StackPlan plan = new StackPlan(settings);

    @Test
    void pointsEveryServiceAtTheLocalBrokerAndStoreOnItsOwnPort() {
        for (StackPlan.Service service : StackPlan.SERVICES) {
            assertThat(plan.serviceArguments(service)).contains(
                    "--server.port=" + service.port(),
                    "--server.address=127.0.0.1",
                    "--spring.kafka.bootstrap-servers=127.0.0.1:9092",
                    "--spring.mongodb.uri=mongodb://127.0.0.1:27017");
        }
        assertThat(StackPlan.SERVICES).extracting(StackPlan.Service::port).containsExactly(8081, 8082, 8083, 8084);
    }

    @Test
    void givesOnlyTheIngestServiceTheInbox() {
        StackPlan.Service ingest = StackPlan.SERVICES.get(0);
        StackPlan.Service query = StackPlan.SERVICES.get(3);

        assertThat(plan.serviceArguments(ingest)).contains("--docpipe.inbox.folder=/state/inbox");
        assertThat(plan.serviceArguments(query)).noneMatch(argument -> argument.startsWith("--docpipe.ingest.")
                || argument.startsWith("--docpipe.inbox."));
    }

    @Test
    void wiresTheConsoleServedByQueryServiceToTheIngestServiceBothWays() {
        StackPlan.Service ingest = StackPlan.SERVICES.get(0);
        StackPlan.Service query = StackPlan.SERVICES.get(3);

        assertThat(plan.consoleUrl()).isEqualTo("http://127.0.0.1:8084/");
        assertThat(plan.serviceArguments(query)).contains("--docpipe.query.console.ingest-url=http://127.0.0.1:8081");
        assertThat(plan.serviceArguments(ingest))
                .contains("--docpipe.ingest.cors.allowed-origins=http://127.0.0.1:8084,http://localhost:8084");
    }

    @Test
    void passesTheTokenByEnvironmentNeverOnTheCommandLineWherePsShowsIt() {
        for (StackPlan.Service service : StackPlan.SERVICES) {
            ProcessSpec spec = plan.service(service);
            assertThat(spec.command()).noneMatch(argument -> argument.contains("9f2c4e1a7b3d5f60"));
        }
        assertThat(plan.service(StackPlan.SERVICES.get(0)).environment())
                .containsEntry("DOCPIPE_INGEST_TOKEN", "9f2c4e1a7b3d5f60");
        assertThat(plan.service(StackPlan.SERVICES.get(1)).environment()).containsKey("DOCPIPE_INGEST_TOKEN");
        assertThat(plan.service(StackPlan.SERVICES.get(3)).environment()).doesNotContainKey("DOCPIPE_INGEST_TOKEN");
    }

    @Test
    void keepsTheQueryServicesSearchIndexInTheDataDirectory() {
        StackPlan.Service query = StackPlan.SERVICES.get(3);

        assertThat(plan.serviceArguments(query)).contains("--docpipe.query.search.index-dir=/state/search-index");
        assertThat(plan.serviceArguments(StackPlan.SERVICES.get(0))).noneMatch(argument -> argument.contains("search"));
    }

    @Test
    void runsEachServiceFromItsRepackagedJarWithASmallHeapAndItsRoleMarker() {
        ProcessSpec parse = plan.service(StackPlan.SERVICES.get(1));

        assertThat(parse.command().get(0)).isEqualTo("/jdk/bin/java");
        assertThat(parse.command()).contains("-Ddocpipe.role=parse-service", "-Xmx384m", "-XX:+UseSerialGC", "-Dextra=1",
                "/repo/parse-service/target/parse-service-0.1.0-SNAPSHOT-exec.jar");
        assertThat(parse.command().indexOf("-jar")).isLessThan(parse.command().indexOf("--server.port=8082"));
        assertThat(parse.health().target()).isEqualTo("http://127.0.0.1:8082/actuator/health");
    }

    @Test
    void runsTheBrokerAndStoreRolesFromTheLauncherJarWithTheirDataFolders() {
        ProcessSpec broker = plan.broker();
        ProcessSpec store = plan.store();

        assertThat(broker.command()).containsSubsequence("-jar", settings.launcherJar().toString(), "broker",
                "/state/kafka", "/state/run/broker.properties");
        assertThat(store.command()).containsSubsequence("-jar", settings.launcherJar().toString(), "store",
                "/state/store/docpipe.mv.db");
        assertThat(broker.marker()).isEqualTo("-Ddocpipe.role=broker");
    }

    @Test
    void namesTheProcessesInStartOrder() {
        assertThat(StackPlan.processNames())
                .containsExactly("broker", "store", "ingest-service", "parse-service", "enrich-service", "query-service");
    }

    @Test
    void startsChildrenInTheirOwnSessionWhenSetsidExists() {
        ProcessSpec spec = new ProcessSpec("x", List.of("java", "-version"), plan.broker().health());

        assertThat(spec.commandInOwnSession(true)).containsExactly("setsid", "java", "-version");
        assertThat(spec.commandInOwnSession(false)).containsExactly("java", "-version");
    }
}
