package docpipe.sdgmodel;

import docpipe.enrich.text.TextNormalizer;
import docpipe.enrich.themes.SdgModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The service reads back the probabilities that training computed, up to what the file leaves out (weights
 * under {@link ModelFile#MIN_WEIGHT}, digits beyond four).
 */
class ShippedFormatTest {

    @Test
    void theServiceScoresATextAsTrainingDid() {
        var data = Labels.data();
        var paragraphs = data.setC().subList(0, 200);
        var model = Learners.words(Training.ENGLISH).fit(WordModel.Examples.of(paragraphs));
        double[] thresholds = new double[GoalClassifier.GOALS];
        java.util.Arrays.fill(thresholds, 0.5);
        var shipped = SdgModel.parse(ModelFile.lines(List.of(), Map.of("en", new ModelFile.Part(model, thresholds))));

        for (var p : data.setC().subList(200, 260)) {
            double[] trained = model.probabilities(p.text());
            double[] served = shipped.probabilities(TextNormalizer.fold(p.text()), "en");
            for (int g = 0; g < GoalClassifier.GOALS; g++) {
                assertThat(served[g]).isCloseTo(trained[g], within(1e-2));
            }
        }
    }
}
