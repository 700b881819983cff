package docpipe.query.web;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportsTest {

    @Test
    void quotesCsvCellsOnlyWhenNeeded() {
        StringBuilder out = new StringBuilder();
        Exports.line(out, Arrays.asList("plain", "a,b", "say \"hi\"", null, 3, List.of("x", "y"), "two\nlines"));
        assertThat(out.toString()).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",,3,x;y,\"two\nlines\"\r\n");
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
