package docpipe.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A pid file under {@code run/}; a pid only counts when its process is alive and still looks like ours. */
record PidFile(Path file) {

    void write(long pid) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, pid + "\n");
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    Optional<Long> read() {
        try {
            return Optional.of(Long.parseLong(Files.readString(file).trim()));
        }
        catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }

    /**
     * The live process this file points to, if its command line contains {@code marker}. A recycled pid that now
     * belongs to some unrelated program is therefore never taken for ours.
     */
    Optional<ProcessHandle> liveProcess(String marker) {
        return read().flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().commandLine().map(line -> line.contains(marker)).orElse(true));
    }
}
