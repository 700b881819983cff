package docpipe.parse.isolation;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * How a child JVM finds the same classes as this one, however the service was started: from its exec jar
 * ({@code java -jar}: the jar's own launcher with {@code loader.main}), from an exploded image (the class loader's
 * folders and jars, as in the container image), or from a plain class path (tests, an IDE).
 */
final class ChildClasspath {

    private static final String PROPERTIES_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private ChildClasspath() {
    }

    /** The JVM options and main class that run {@code mainClass} with this JVM's classes. */
    static List<String> launch(Class<?> mainClass) {
        String classPath = System.getProperty("java.class.path", "");
        List<String> fileUrls = fileUrlsOf(mainClass.getClassLoader());
        if (!fileUrls.isEmpty()) {
            List<String> entries = new ArrayList<>(fileUrls);
            entries.add(classPath);
            return List.of("-cp", String.join(java.io.File.pathSeparator, entries), mainClass.getName());
        }
        if (isExecJar(classPath)) {
            return List.of("-cp", classPath, "-Dloader.main=" + mainClass.getName(), PROPERTIES_LAUNCHER);
        }
        return List.of("-cp", classPath, mainClass.getName());
    }

    /** The entries of a URL class loader when every one is a plain file (an exploded image); else none. */
    private static List<String> fileUrlsOf(ClassLoader loader) {
        if (!(loader instanceof URLClassLoader urls) || urls.getURLs().length == 0) {
            return List.of();
        }
        List<String> paths = new ArrayList<>();
        for (URL url : urls.getURLs()) {
            if (!"file".equals(url.getProtocol())) {
                return List.of();
            }
            try {
                paths.add(Path.of(url.toURI()).toString());
            } catch (URISyntaxException | IllegalArgumentException e) {
                return List.of();
            }
        }
        return paths;
    }

    private static boolean isExecJar(String classPath) {
        if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar") || !Files.isRegularFile(Path.of(classPath))) {
            return false;
        }
        try (JarFile jar = new JarFile(classPath)) {
            return jar.getEntry("BOOT-INF/classes/") != null || jar.getEntry("BOOT-INF/lib/") != null;
        } catch (IOException e) {
            return false;
        }
    }
}
