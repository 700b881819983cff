package docpipe.local.e2e;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * One service started in this JVM as {@code java -jar} starts it: its own main method, on a class loader that holds
 * exactly what the service's exec jar ships ({@code BOOT-INF/classes} and the jars of {@code BOOT-INF/classpath.idx},
 * in that order) above the JDK alone. So each service sees its own dependencies and auto-configuration, and nothing
 * of the other services or of this test: Spring Security only where the service ships it, MongoDB only where it has
 * a store, its own configuration file, and no static state shared with the other services. The test talks to it as
 * a client does, over HTTP and Kafka; it learns the port and stops it through Boot's admin MBean, as the Boot Maven
 * plugin's {@code start} and {@code stop} goals do.
 *
 * <p>Needs the services packaged (their exec jars), which {@code mvn verify} does before the integration tests run.
 */
final class IsolatedService implements AutoCloseable {

    private static final AtomicInteger STARTED = new AtomicInteger();
    private static final Path UNPACKED = Path.of("target", "isolated-services");

    private final String name;
    private final ObjectName admin;
    final int port;

    private IsolatedService(String name, ObjectName admin, int port) {
        this.name = name;
        this.admin = admin;
        this.port = port;
    }

    /**
     * @param mainClass the service's application class, found on this test's class path only to locate its jars
     * @param arguments command-line arguments, as an operator would pass them
     */
    static IsolatedService start(String name, Class<?> mainClass, List<String> arguments) {
        Path unpacked = unpack(execJarOf(mainClass));
        URLClassLoader loader = new URLClassLoader(name, classPath(unpacked), ClassLoader.getPlatformClassLoader());
        ObjectName admin = objectName("org.springframework.boot:type=Admin,name=" + name + "-" + STARTED.incrementAndGet());
        List<String> args = new ArrayList<>(arguments);
        args.add("--spring.application.admin.enabled=true");
        args.add("--spring.application.admin.jmx-name=" + admin);
        leaveTheUrlHandlerFactoryAlone(loader);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // the threads the service starts (web server, listeners) inherit its class loader from here
        thread.setContextClassLoader(loader);
        try {
            loader.loadClass(mainClass.getName()).getMethod("main", String[].class).invoke(null, (Object) args.toArray(String[]::new));
        } catch (InvocationTargetException e) {
            close(loader);
            throw new IllegalStateException(name + " did not start: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            close(loader);
            throw new IllegalStateException(name + " has no main method to start", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        String port = (String) invoke(admin, "getProperty", new Object[] {"local.server.port"},
                new String[] {String.class.getName()});
        return new IsolatedService(name, admin, Integer.parseInt(port));
    }

    /**
     * A JVM has one URL stream handler factory, and each copy of Tomcat would claim it (for {@code war:} URLs, which an
     * embedded server never uses); the second claim fails. So each service's copy is told not to: the one thing
     * this JVM cannot give four services at once, and nothing they use.
     */
    private static void leaveTheUrlHandlerFactoryAlone(ClassLoader loader) {
        try {
            loader.loadClass("org.apache.catalina.webresources.TomcatURLStreamHandlerFactory").getMethod("disable").invoke(null);
        } catch (ClassNotFoundException e) {
            // a service without Tomcat
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Closes the service's context. Its class loader stays open: client threads that end a moment after the context
     * (a producer's network thread) still load classes, and this JVM ends with the test run anyway.
     */
    @Override
    public void close() {
        invoke(admin, "shutdown", null, null);
    }

    @Override
    public String toString() {
        return name + " on port " + port;
    }

    /** The exec jar beside the service's plain jar (reactor or repository) or in the {@code target} of its classes. */
    private static Path execJarOf(Class<?> mainClass) {
        Path location;
        try {
            location = Path.of(mainClass.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path folder = location.getParent();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no exec jar of " + mainClass.getSimpleName() + " in "
                            + folder + ": package the services first (mvn verify runs the end-to-end tests after it)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Unpacked once per exec jar version into {@code target/isolated-services}; a URL class loader reads folders and plain jars. */
    private static Path unpack(Path execJar) {
        try {
            Path folder = UNPACKED.resolve(execJar.getFileName() + "-" + Files.getLastModifiedTime(execJar).toMillis())
                    .toAbsolutePath();
            Path done = folder.resolve(".unpacked");
            if (Files.exists(done)) {
                return folder;
            }
            removeEarlierVersions(execJar.getFileName().toString(), folder);
            try (JarFile jar = new JarFile(execJar.toFile())) {
                for (JarEntry entry : jar.stream().toList()) {
                    String entryName = entry.getName();
                    if (entry.isDirectory() || !entryName.startsWith("BOOT-INF/")) {
                        continue;
                    }
                    Path target = folder.resolve(entryName).normalize();
                    if (!target.startsWith(folder)) {
                        throw new IllegalStateException("entry outside the jar's folder: " + entryName);
                    }
                    Files.createDirectories(target.getParent());
                    try (InputStream in = jar.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Files.writeString(done, execJar.toString());
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What an earlier build of the same jar left unpacked (some 70 MB each). */
    private static void removeEarlierVersions(String jarName, Path current) throws IOException {
        if (!Files.isDirectory(UNPACKED)) {
            return;
        }
        try (Stream<Path> folders = Files.list(UNPACKED)) {
            for (Path earlier : folders.filter(f -> f.getFileName().toString().startsWith(jarName + "-"))
                    .map(Path::toAbsolutePath).filter(f -> !f.equals(current)).toList()) {
                try (Stream<Path> tree = Files.walk(earlier)) {
                    for (Path path : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
        }
    }

    /** The service's classes, then its libraries in the order of {@code classpath.idx}, as the jar's launcher orders them. */
    private static URL[] classPath(Path unpacked) {
        try {
            List<URL> urls = new ArrayList<>();
            urls.add(unpacked.resolve("BOOT-INF/classes").toUri().toURL());
            for (String line : Files.readAllLines(unpacked.resolve("BOOT-INF/classpath.idx"), StandardCharsets.UTF_8)) {
                String entry = line.strip();
                if (entry.startsWith("- ")) {
                    entry = entry.substring(2).replace("\"", "");
                }
                if (!entry.isEmpty()) {
                    urls.add(unpacked.resolve(entry).toUri().toURL());
                }
            }
            return urls.toArray(URL[]::new);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object invoke(ObjectName name, String operation, Object[] parameters, String[] signature) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            return server.invoke(name, operation, parameters, signature);
        } catch (JMException e) {
            throw new IllegalStateException(operation + " on " + name + " failed", e);
        }
    }

    private static ObjectName objectName(String name) {
        try {
            return new ObjectName(name);
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void close(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
