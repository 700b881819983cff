package docpipe.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleSeederTest {

    @TempDir
    Path temp;

    @Test
    void copiesTheSamplesIntoTheInboxOnTheFirstStartOnly() throws Exception {
        Path samples = Files.createDirectories(temp.resolve("samples"));
        Files.writeString(samples.resolve("A-RES-76-270.en.txt"), "resolution");
        Files.writeString(samples.resolve("A-79-837.zh.txt"), "报告");
        DataDirectory data = new DataDirectory(temp.resolve("data")).create();
        SampleSeeder seeder = new SampleSeeder(samples, data);

        assertThat(seeder.seedOnce()).containsExactly("A-79-837.zh.txt", "A-RES-76-270.en.txt");
        assertThat(data.inbox().resolve("A-79-837.zh.txt")).hasContent("报告");

        // the ingest service moves files out of the inbox; a second start must not bring them back
        Files.delete(data.inbox().resolve("A-79-837.zh.txt"));
        Files.delete(data.inbox().resolve("A-RES-76-270.en.txt"));
        assertThat(seeder.seedOnce()).isEmpty();
        assertThat(data.inbox()).isEmptyDirectory();
    }

    @Test
    void leavesNoPartialFileInTheInbox() throws Exception {
        Path samples = Files.createDirectories(temp.resolve("samples"));
        Files.write(samples.resolve("big.pdf"), new byte[1 << 20]);
        DataDirectory data = new DataDirectory(temp.resolve("data")).create();

        new SampleSeeder(samples, data).seedOnce();

        try (var files = Files.list(data.inbox())) {
            assertThat(files).extracting(path -> path.getFileName().toString()).containsExactly("big.pdf");
        }
        try (var files = Files.list(data.run())) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void copiesNothingWithoutASamplesFolder() throws Exception {
        DataDirectory data = new DataDirectory(temp.resolve("data")).create();

        assertThat(new SampleSeeder(temp.resolve("absent"), data).seedOnce()).isEmpty();
    }
}
