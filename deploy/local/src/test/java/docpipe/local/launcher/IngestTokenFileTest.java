package docpipe.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTokenFileTest {

    @TempDir
    Path root;

    @Test
    void makesUpARandomTokenOnTheFirstStartAndKeepsItOwnerOnly() throws Exception {
        IngestTokenFile file = new IngestTokenFile(new DataDirectory(root));

        String token = file.tokenOr("");

        assertThat(token).hasSize(48).matches("[0-9a-f]+");
        assertThat(Files.readString(file.file()).strip()).isEqualTo(token);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.file()))).isEqualTo("rw-------");
    }

    @Test
    void givesTheSameTokenOnEveryLaterStart() {
        String first = new IngestTokenFile(new DataDirectory(root)).tokenOr("");
        assertThat(new IngestTokenFile(new DataDirectory(root)).tokenOr(" ")).isEqualTo(first);
    }

    @Test
    void twoDataDirectoriesGetDifferentTokens(@TempDir Path other) {
        assertThat(new IngestTokenFile(new DataDirectory(root)).tokenOr(""))
                .isNotEqualTo(new IngestTokenFile(new DataDirectory(other)).tokenOr(""));
    }

    @Test
    void aTokenFromTheEnvironmentWinsAndIsNotWritten() {
        IngestTokenFile file = new IngestTokenFile(new DataDirectory(root));

        assertThat(file.tokenOr("from-the-environment-1234")).isEqualTo("from-the-environment-1234");
        assertThat(file.file()).doesNotExist();
    }

    @Test
    void putsALooselyCopiedTokenFileBackToOwnerOnly() throws Exception {
        IngestTokenFile file = new IngestTokenFile(new DataDirectory(root));
        String token = file.tokenOr("");
        Files.setPosixFilePermissions(file.file(), PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(file.tokenOr("")).isEqualTo(token);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.file()))).isEqualTo("rw-------");
    }
}
