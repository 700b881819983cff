package docpipe.local.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Finds and reads the files under {@code deploy/}: YAML documents as plain maps and lists. */
final class DeployFiles {

    private DeployFiles() {
    }

    /** The repository root: the nearest folder, from the working directory up, that has {@code deploy/compose}. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (Files.isDirectory(candidate.resolve("deploy").resolve("compose"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no folder with deploy/compose above " + dir);
    }

    static Path deployDir() {
        return repositoryRoot().resolve("deploy");
    }

    /** Every YAML file under {@code dir}, build output excluded. */
    static List<Path> yamlFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml"))
                    .filter(f -> !isBuildOutput(dir.relativize(f)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBuildOutput(Path relative) {
        for (Path segment : relative) {
            if (segment.toString().equals("target") || segment.toString().equals("node_modules")) {
                return true;
            }
        }
        return false;
    }

    /** All documents of a (possibly multi-document) YAML file; empty documents are skipped. */
    static List<Object> yamlDocuments(Path file) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        List<Object> documents = new ArrayList<>();
        for (Object document : yaml.loadAll(read(file))) {
            if (document != null) {
                documents.add(document);
            }
        }
        return documents;
    }

    /** The single document of a YAML file, as a map. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> yamlMap(Path file) {
        List<Object> documents = yamlDocuments(file);
        if (documents.size() != 1 || !(documents.get(0) instanceof Map)) {
            throw new IllegalStateException(file + " is not one YAML mapping");
        }
        return (Map<String, Object>) documents.get(0);
    }

    /** Every Kubernetes object (a mapping with {@code kind}) of the YAML files under {@code dir}, kustomizations excluded. */
    static List<Map<String, Object>> manifests(Path dir) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Path file : yamlFiles(dir)) {
            if (!file.getFileName().toString().startsWith("kustomization.")) {
                objects.addAll(kubernetesObjects(yamlDocuments(file)));
            }
        }
        return objects;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> kubernetesObjects(List<Object> documents) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object document : documents) {
            if (document instanceof Map<?, ?> map && map.get("kind") instanceof String) {
                objects.add((Map<String, Object>) map);
            }
        }
        return objects;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
