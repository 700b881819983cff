package docpipe.query.documents;

import docpipe.events.Stage;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

class StatusViewTest {

    @Test
    void showsTheFailedStageOfADocumentStoredBeforeItWasAStageInTheStagesVocabulary() {
        Document stored = new Document("status", new Document("stage", "FAILED").append("failedStage", "PARSE")
                .append("error", "PDF is encrypted").append("at", new Date(0)));

        Views.StatusView status = Views.status(stored);

        assertThat(status.stage()).isEqualTo("FAILED");
        assertThat(status.failedStage()).isEqualTo(Stage.PARSED);
    }
}
