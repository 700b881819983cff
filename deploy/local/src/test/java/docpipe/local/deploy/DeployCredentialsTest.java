package docpipe.local.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** No file under deploy/ (manifests, Compose, Grafana and Prometheus configuration, scripts) carries a credential. */
class DeployCredentialsTest {

    /** {@code token: x}, {@code PASSWORD=x}, {@code password: "x"} … : a credential given a literal value. */
    private static final Pattern ASSIGNED = Pattern.compile(
            "(?im)^[ \\t-]*[\"']?([A-Za-z0-9_.]*(token|password|passwd|secret)[A-Za-z0-9_.]*)[\"']?[ \\t]*[:=][ \\t]*[\"']?([^\\s\"'#,}]*)");

    @Test
    void noDeployFileHasADefaultOrPlaceholderCredential() {
        for (Path file : deployFiles()) {
            String text = DeployFiles.read(file);
            String lower = text.toLowerCase(Locale.ROOT);
            for (String placeholder : Contract.KNOWN_PLACEHOLDERS) {
                if (placeholder.equals("admin") || placeholder.equals("password") || placeholder.equals("secret")) {
                    continue; // ordinary words in comments; caught below when assigned to a credential
                }
                assertThat(lower).as("%s mentions the placeholder %s", file, placeholder).doesNotContain(placeholder);
            }
            Matcher assigned = ASSIGNED.matcher(text);
            while (assigned.find()) {
                String value = assigned.group(3);
                assertThat(value.startsWith("${") || value.startsWith("$") || isReference(assigned.group(1), value))
                        .as("%s gives %s the literal value %s", file, assigned.group(1), value).isTrue();
            }
        }
    }

    @Test
    void theCheckCatchesALiteralCredential() {
        assertThat(ASSIGNED.matcher("  token: dev-token").find()).isTrue();
        assertThat(ASSIGNED.matcher("GF_SECURITY_ADMIN_PASSWORD: hunter2").find()).isTrue();
        Matcher ok = ASSIGNED.matcher("GF_SECURITY_ADMIN_PASSWORD: ${GRAFANA_ADMIN_PASSWORD:?set it}");
        assertThat(ok.find()).isTrue();
        assertThat(ok.group(3)).startsWith("${");
    }

    /**
     * Names of Secrets and keys are not credentials: {@code passwordSecretRef}, {@code scramCredentialsSecretName},
     * {@code secretName: docpipe-…}, {@code key: password}, {@code DOCPIPE_INGEST_TOKEN: …} in a reference.
     */
    private static boolean isReference(String name, String value) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith("secretname") || n.endsWith("secretref") || n.equals("secretname") || n.endsWith("secrettargetref")
                || value.startsWith("docpipe-") || value.equals("password") || value.equals("token")
                || value.equals("{") || value.equals("|") || value.equals(">") || value.isEmpty()
                || value.startsWith("secrets/") || value.equals("ca.crt") || value.equals("sasl.jaas.config")
                || value.startsWith("/") || value.startsWith("file:");
    }

    private static List<Path> deployFiles() {
        try (Stream<Path> files = Files.walk(DeployFiles.deployDir())) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !DeployFiles.deployDir().relativize(f).startsWith("local"))
                    .filter(f -> !f.toString().contains("/secrets/"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
