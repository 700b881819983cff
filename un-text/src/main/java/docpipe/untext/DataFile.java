package docpipe.untext;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The rows of a tab-separated data file under {@code untext/}: {@code #} starts a comment line, blank lines are skipped. */
final class DataFile {

    private DataFile() {
    }

    static List<String[]> rows(String name, int minColumns) {
        String resource = "untext/" + name;
        var stream = DataFile.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("missing " + resource + " on the classpath");
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> {
                String[] row = l.split("\t", -1);
                if (row.length < minColumns) {
                    throw new IllegalStateException(resource + ": expected " + minColumns + " columns in: " + l);
                }
                return row;
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
