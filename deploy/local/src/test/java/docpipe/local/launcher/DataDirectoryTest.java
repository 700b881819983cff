package docpipe.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path temp;

    @Test
    void keepsEveryKindOfStateInItsOwnFolderUnderTheRoot() {
        DataDirectory data = new DataDirectory(temp.resolve("data"));

        assertThat(data.kafka()).isEqualTo(temp.resolve("data/kafka"));
        assertThat(data.store()).isEqualTo(temp.resolve("data/store"));
        assertThat(data.inbox()).isEqualTo(temp.resolve("data/inbox"));
        assertThat(data.log("parse-service")).isEqualTo(temp.resolve("data/logs/parse-service.log"));
        assertThat(data.pidFile("broker").file()).isEqualTo(temp.resolve("data/run/broker.pid"));
        assertThat(data.storeFile().getParent()).isEqualTo(data.store());
    }

    @Test
    void createsAllFoldersAndCanBeCreatedAgain() {
        DataDirectory data = new DataDirectory(temp.resolve("data")).create();
        data.create();

        assertThat(data.kafka()).isDirectory();
        assertThat(data.store()).isDirectory();
        assertThat(data.inbox()).isDirectory();
        assertThat(data.logs()).isDirectory();
        assertThat(data.run()).isDirectory();
    }

    @Test
    void resolvesARelativeRootToAnAbsolutePath() {
        assertThat(new DataDirectory(Path.of("data")).root()).isAbsolute();
    }
}
