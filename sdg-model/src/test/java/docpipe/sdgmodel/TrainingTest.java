package docpipe.sdgmodel;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingTest {

    private static List<String> built;

    @BeforeAll
    static void build() {
        built = new Training(Labels.data()).build();
    }

    @Test
    void theSameDataGivesTheSameModel() {
        assertThat(new Training(Labels.data()).build()).isEqualTo(built);
    }

    @Test
    void theShippedModelIsTheOneTheDataBuilds() throws IOException {
        var shipped = Files.readAllLines(Labels.repositoryRoot()
                .resolve("enrich-service/src/main/resources/taxonomy/sdg-model.tsv"), StandardCharsets.UTF_8);

        // if this fails, the data or the training changed: rebuild with -Ptrain-sdg (docs/sdg-model.md) and commit
        assertThat(shipped).isEqualTo(built);
    }

    @Test
    void coversTheSixUnLanguages() {
        assertThat(built).filteredOn(l -> l.startsWith("language\t"))
                .extracting(l -> l.split("\t")[1]).containsExactlyInAnyOrder("ar", "en", "es", "fr", "ru", "zh");
    }
}
