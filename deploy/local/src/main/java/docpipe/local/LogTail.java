package docpipe.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/** The last lines of a process log, shown when that process does not come up. */
final class LogTail {

    private LogTail() {
    }

    static List<String> lastLines(Path log, int count) {
        if (!Files.isRegularFile(log)) {
            return List.of("(no log at " + log + ")");
        }
        Deque<String> tail = new ArrayDeque<>(count);
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                if (tail.size() == count) {
                    tail.removeFirst();
                }
                tail.addLast(line);
            });
        }
        catch (IOException | java.io.UncheckedIOException e) {
            return List.of("(cannot read " + log + ": " + e.getMessage() + ")");
        }
        return List.copyOf(tail);
    }
}
