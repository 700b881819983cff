package docpipe.ingest.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

    @Test
    void dropsDirectoriesFromTraversalAttempts() {
        assertThat(FileNames.sanitize("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitize("..\\..\\windows\\win.ini")).isEqualTo("win.ini");
    }

    @Test
    void dropsControlAndFormatCharacters() {
        assertThat(FileNames.sanitize("re\u0000port\r\n.txt")).isEqualTo("report.txt");
        assertThat(FileNames.sanitize("evil\u202Etxt.exe")).isEqualTo("eviltxt.exe");
    }

    @Test
    void namesAFileWithNoUsableName() {
        assertThat(FileNames.sanitize(null)).isEqualTo("unnamed");
        assertThat(FileNames.sanitize("../")).isEqualTo("unnamed");
        assertThat(FileNames.sanitize("...")).isEqualTo("unnamed");
    }

    @Test
    void keepsChineseNames() {
        assertThat(FileNames.sanitize("秘书长的报告 A-79-837.pdf")).isEqualTo("秘书长的报告 A-79-837.pdf");
    }
}
