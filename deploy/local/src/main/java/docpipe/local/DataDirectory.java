package docpipe.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the local stack keeps all of its state; one folder per concern under a single root. */
record DataDirectory(Path root) {

    DataDirectory {
        root = root.toAbsolutePath().normalize();
    }

    Path kafka() {
        return root.resolve("kafka");
    }

    Path store() {
        return root.resolve("store");
    }

    Path storeFile() {
        return store().resolve("docpipe.mv.db");
    }

    Path inbox() {
        return root.resolve("inbox");
    }

    Path logs() {
        return root.resolve("logs");
    }

    Path run() {
        return root.resolve("run");
    }

    Path log(String processName) {
        return logs().resolve(processName + ".log");
    }

    PidFile pidFile(String processName) {
        return new PidFile(run().resolve(processName + ".pid"));
    }

    /** Present once the samples have been dropped into the inbox, so that a second start does not drop them again. */
    Path samplesSeededMarker() {
        return root.resolve(".samples-seeded");
    }

    DataDirectory create() {
        try {
            for (Path folder : new Path[] { kafka(), store(), inbox(), logs(), run() }) {
                Files.createDirectories(folder);
            }
            return this;
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + root, e);
        }
    }
}
