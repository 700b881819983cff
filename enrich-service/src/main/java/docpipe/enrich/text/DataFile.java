package docpipe.enrich.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a tab-separated data file from the classpath: one record a line, {@code #} starts a comment line. */
public final class DataFile {

    private DataFile() {
    }

    public static List<String[]> rows(String resource) {
        var rows = new ArrayList<String[]>();
        for (String line : lines(resource)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows.add(line.split("\t", -1));
        }
        return rows;
    }

    /** The first non-blank, non-comment line of a resource, trimmed (version files). */
    public static String firstLine(String resource) {
        return lines(resource).stream().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .findFirst().orElseThrow(() -> new IllegalStateException("empty " + resource));
    }

    public static List<String> lines(String resource) {
        var stream = DataFile.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("missing data file on the classpath: " + resource);
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
