package docpipe.local.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The Dockerfile read as text: no Docker engine runs here to build it. */
class DockerImageTest {

    private final Path docker = DeployFiles.deployDir().resolve("docker");
    private final String dockerfile = DeployFiles.read(docker.resolve("Dockerfile"));

    @Test
    void runsOnAJava17JreAsANonRootUser() {
        List<String> from = lines("FROM");
        assertThat(from.get(from.size() - 1)).isEqualTo("FROM eclipse-temurin:17-jre");
        String user = lines("USER").get(lines("USER").size() - 1);
        assertThat(user).doesNotContain("root").doesNotMatch("USER 0(:.*)?");
    }

    @Test
    void healthCheckAsksTheLivenessEndpointOnTheServersPort() {
        assertThat(lines("HEALTHCHECK")).singleElement().asString().contains("/usr/local/bin/healthcheck");
        assertThat(dockerfile).contains("COPY --chmod=0755 deploy/docker/healthcheck.sh /usr/local/bin/healthcheck");
        String script = DeployFiles.read(docker.resolve("healthcheck.sh"));
        assertThat(script).contains(Contract.LIVENESS, "SERVER_PORT");
    }

    @Test
    void copiesTheExecutableJarThatTheBuildProducesForTheChosenService() {
        String pom = DeployFiles.read(DeployFiles.repositoryRoot().resolve("pom.xml"));
        Matcher version = Pattern.compile("<artifactId>docpipe</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(version.find()).as("root pom version").isTrue();

        assertThat(dockerfile).contains("${SERVICE}/target/${SERVICE}-" + version.group(1) + "-exec.jar")
                .contains("ARG SERVICE");
        assertThat(dockerfile).contains("ENTRYPOINT [\"java\", \"org.springframework.boot.loader.launch.JarLauncher\"]");
    }

    private List<String> lines(String instruction) {
        return dockerfile.lines().map(String::strip).filter(l -> l.startsWith(instruction + " ")).toList();
    }
}
