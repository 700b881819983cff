package docpipe.query.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportsTest {

    private static final List<String> HEADER = List.of("a", "b");

    @Test
    void quotesCsvCellsOnlyWhenNeeded() {
        String csv = Exports.csvText(List.of(Arrays.<Object>asList("plain", "a,b", "say \"hi\"", null, 3, List.of("x", "y"),
                "two\nlines")), List.of("h"), row -> row);
        assertThat(csv).endsWith("plain,\"a,b\",\"say \"\"hi\"\"\",,3,x;y,\"two\nlines\"\r\n");
    }

    @Test
    void neutralisesCellsASpreadsheetWouldRunAsFormulas() {
        String csv = Exports.csvText(List.of(Arrays.<Object>asList("=1+1", "@SUM(A1)"),
                Arrays.<Object>asList("+CMD|' /C calc'!A0", "-2+3"), Arrays.<Object>asList("\t=1", "\r=1")), HEADER, row -> row);

        assertThat(csv).contains("\r\n'=1+1,'@SUM(A1)\r\n", "\r\n'+CMD|' /C calc'!A0,'-2+3\r\n",
                "\r\n'\t=1,\"'\r=1\"\r\n");
    }

    @Test
    void leavesNumbersAndOrdinaryTextAlone() {
        String csv = Exports.csvText(List.of(Arrays.<Object>asList(-3, "A/RES/76/270")), HEADER, row -> row);
        assertThat(csv.lines().skip(1)).containsExactly("-3,A/RES/76/270");
    }

    @Test
    void startsTheFileWithAUtf8ByteOrderMarkSoSpreadsheetsReadEveryScript() {
        var response = Exports.csv(List.of(List.<Object>of("联合国", "Организация", "الأمم")), HEADER, row -> row, "x");

        byte[] body = response.getBody();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("联合国,Организация,الأمم");
        assertThat(response.getHeaders().getContentType().getCharset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void choosesTheFormatFromTheParameterThenTheAcceptHeader() {
        assertThat(ExportFormat.of("csv", "application/json")).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.of(null, "application/x-ndjson")).isEqualTo(ExportFormat.JSONL);
        assertThat(ExportFormat.of(null, "text/csv")).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.of(null, "*/*")).isEqualTo(ExportFormat.JSON);
        assertThatThrownBy(() -> ExportFormat.of("xml", null)).isInstanceOf(BadRequestException.class);
    }
}
