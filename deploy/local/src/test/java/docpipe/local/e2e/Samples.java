package docpipe.local.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

/** The sample documents shipped in the repository's {@code samples/} folder. */
final class Samples {

    private Samples() {
    }

    static Path folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("samples")) && Files.exists(dir.resolve("pom.xml"))) {
                return dir.resolve("samples");
            }
        }
        throw new IllegalStateException("No samples/ folder above " + Path.of("").toAbsolutePath());
    }
}
