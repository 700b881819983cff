package docpipe.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StageTest {

    @Test
    void readsEveryStageByItsOwnName() {
        for (Stage stage : Stage.values()) {
            assertThat(Stage.fromName(stage.name())).isEqualTo(stage);
            assertThat(Stage.fromName(stage.name().toLowerCase())).isEqualTo(stage);
        }
    }

    @Test
    void readsTheNameOfTheWorkAsTheStageItReaches() {
        assertThat(Stage.fromName("ingest")).isEqualTo(Stage.RECEIVED);
        assertThat(Stage.fromName("PARSE")).isEqualTo(Stage.PARSED);
        assertThat(Stage.fromName(" Enrich ")).isEqualTo(Stage.ENRICHED);
        assertThat(Stage.fromName("store")).isEqualTo(Stage.STORED);
    }

    @Test
    void refusesANameThatIsNeitherAStageNorItsWork() {
        assertThatThrownBy(() -> Stage.fromName("index")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RECEIVED, PARSED, ENRICHED, STORED, FAILED");
    }
}
