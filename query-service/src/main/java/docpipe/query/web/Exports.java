package docpipe.query.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/** Writes a list of rows as JSON Lines (one JSON object a line) or CSV (RFC 4180, a header line). */
public final class Exports {

    private Exports() {
    }

    public static <T> ResponseEntity<byte[]> jsonLines(List<T> rows, JsonMapper mapper, String fileName) {
        StringBuilder out = new StringBuilder();
        for (T row : rows) {
            out.append(mapper.writeValueAsString(row)).append('\n');
        }
        return attachment(out.toString(), ExportFormat.JSONL, fileName + ".jsonl");
    }

    public static <T> ResponseEntity<byte[]> csv(List<T> rows, List<String> header, Function<T, List<Object>> cells,
                                                 String fileName) {
        StringBuilder out = new StringBuilder();
        line(out, header.stream().map(h -> (Object) h).toList());
        for (T row : rows) {
            line(out, cells.apply(row));
        }
        return attachment(out.toString(), ExportFormat.CSV, fileName + ".csv");
    }

    static void line(StringBuilder out, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof List<?> list
                ? String.join(";", list.stream().map(String::valueOf).toList())
                : String.valueOf(value);
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    private static ResponseEntity<byte[]> attachment(String body, ExportFormat format, String fileName) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .contentType(format.mediaType())
                .body(body.getBytes(StandardCharsets.UTF_8));
    }
}
