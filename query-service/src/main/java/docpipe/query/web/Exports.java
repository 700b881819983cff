package docpipe.query.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a list of rows as JSON Lines (one JSON object a line) or CSV for a spreadsheet: RFC 4180 by Commons CSV,
 * a UTF-8 byte-order mark first (without it Excel reads Chinese, Arabic and Russian as mojibake), and every text
 * cell that a spreadsheet would take for a formula neutralised (OWASP's CSV injection advice).
 */
public final class Exports {

    /** The byte-order mark, U+FEFF: the one signal spreadsheets honour that a CSV file is UTF-8. */
    static final char BOM = '\uFEFF';

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

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
        return attachment(csvText(rows, header, cells), ExportFormat.CSV, fileName + ".csv");
    }

    static <T> String csvText(List<T> rows, List<String> header, Function<T, List<Object>> cells) {
        StringBuilder out = new StringBuilder().append(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
            printer.printRecord(header.stream().map(Exports::cell));
            for (T row : rows) {
                printer.printRecord(cells.apply(row).stream().map(Exports::cell));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    /** The text of one cell: lists joined by {@code ;}, text that starts a formula defused. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return String.valueOf(value); // a number is never a formula, and -3 must stay a number
        }
        String s = value instanceof List<?> list
                ? String.join(";", list.stream().map(String::valueOf).toList())
                : String.valueOf(value);
        return startsFormula(s) ? "'" + s : s;
    }

    /**
     * Excel, LibreOffice and Google Sheets evaluate a cell that starts with one of these (tab and carriage return
     * because some strip them and then see what follows); a leading apostrophe makes the cell text in all three.
     */
    private static boolean startsFormula(String s) {
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0;
    }

    private static ResponseEntity<byte[]> attachment(String body, ExportFormat format, String fileName) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .contentType(format.mediaType())
                .body(body.getBytes(StandardCharsets.UTF_8));
    }
}
