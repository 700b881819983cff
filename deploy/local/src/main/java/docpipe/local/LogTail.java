package docpipe.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The last lines of a process log, shown when that process does not come up. */
final class LogTail {

    private LogTail() {
    }

    /** Stack frames ({@code at ...}, {@code ... 27 common frames omitted}) hide the causes: leave them out. */
    private static final Pattern STACK_FRAME = Pattern.compile("^\\s+(at |\\.\\.\\. \\d+ )");

    /** The last {@code count} lines of the log without stack frames, so that the {@code Caused by:} lines show. */
    static List<String> lastLinesWithoutStackFrames(Path log, int count) {
        return lastLines(log, count, line -> !STACK_FRAME.matcher(line).find());
    }

    static List<String> lastLines(Path log, int count) {
        return lastLines(log, count, line -> true);
    }

    private static List<String> lastLines(Path log, int count, Predicate<String> keep) {
        if (!Files.isRegularFile(log)) {
            return List.of("(no log at " + log + ")");
        }
        Deque<String> tail = new ArrayDeque<>(count);
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            lines.filter(keep).forEach(line -> {
                if (tail.size() == count) {
                    tail.removeFirst();
                }
                tail.addLast(line);
            });
        }
        catch (IOException | UncheckedIOException e) {
            return List.of("(cannot read " + log + ": " + e.getMessage() + ")");
        }
        return List.copyOf(tail);
    }
}
