package docpipe.local.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The report of the crash suite: one row per fault injected, printed and written to a file. */
final class CrashTable {

    /**
     * @param fault what was killed
     * @param in documents the ingest service accepted during that phase
     * @param stored of those, how many the query service lists as STORED
     * @param duplicates ids listed more than once, or stored with more paragraphs than the reference
     * @param lost accepted but not STORED at the end
     * @param differing STORED but with other paragraphs than the reference
     * @param serverErrors uploads of that phase answered 500 (then retried) instead of 503 or a 4xx
     */
    record Row(String fault, int in, int stored, int duplicates, int lost, int differing, int serverErrors) {
    }

    private final List<Row> rows = new ArrayList<>();

    void add(Row row) {
        rows.add(row);
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    String render() {
        StringBuilder text = new StringBuilder();
        String format = "| %-34s | %12s | %16s | %10s | %4s | %15s | %17s |%n";
        text.append(String.format(format, "fault injected", "documents in", "documents stored", "duplicates", "lost",
                "content differs", "upload answers 500"));
        text.append(String.format(format, "-".repeat(34), "-".repeat(12), "-".repeat(16), "-".repeat(10), "-".repeat(4),
                "-".repeat(15), "-".repeat(17)));
        for (Row row : rows) {
            text.append(String.format(format, row.fault(), row.in(), row.stored(), row.duplicates(), row.lost(),
                    row.differing(), row.serverErrors()));
        }
        return text.toString();
    }

    void write(Path file, String preamble, String details) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, preamble + "\n" + render() + (details.isEmpty() ? "" : "\n" + details),
                StandardCharsets.UTF_8);
    }
}
