package docpipe.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Drops the sample documents into the inbox on the first start of a data directory only: the ingest service moves
 * them aside once ingested, and a marker file remembers that they were already given.
 */
record SampleSeeder(Path samples, DataDirectory data) {

    /** The names of the files copied, empty when the data directory had been seeded before or there are no samples. */
    List<String> seedOnce() throws IOException {
        if (Files.exists(data.samplesSeededMarker()) || !Files.isDirectory(samples)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(samples)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        Files.createDirectories(data.inbox());
        Files.createDirectories(data.run());
        for (Path file : files) {
            // copy beside the inbox, then move in: the ingest service never sees a half-written file
            Path partial = data.run().resolve(file.getFileName() + ".part");
            Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, data.inbox().resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(data.samplesSeededMarker(), files.size() + " samples copied into the inbox\n");
        return files.stream().map(file -> file.getFileName().toString()).toList();
    }
}
