package docpipe.sdgmodel;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped English model on resolutions it has not seen: grouped cross-validation on set C, tags as
 * enrich-service gives them. The floors sit under the measured figures (docs/sdg-model.md), far above the
 * keyword rules' 0.33.
 */
class GroupedCrossValidationTest {

    private static List<SdgData.Paragraph> setC;

    @BeforeAll
    static void load() {
        setC = Labels.data().setC();
    }

    @Test
    void neverSplitsAResolutionBetweenTrainingAndTest() {
        var folds = new GroupedFolds(setC.stream().map(SdgData.Paragraph::group).toList(),
                CrossValidation.FOLDS, CrossValidation.SEED);
        for (int k = 0; k < folds.folds(); k++) {
            for (int i = 0; i < setC.size(); i++) {
                for (int j = 0; j < setC.size(); j++) {
                    if (setC.get(i).group().equals(setC.get(j).group())) {
                        assertThat(folds.inTest(i, k)).isEqualTo(folds.inTest(j, k));
                    }
                }
            }
        }
    }

    @Test
    void theModelTagsUnseenResolutionsFarBetterThanKeywords() {
        var training = new Training(Labels.data());
        var gold = setC.stream().map(SdgData.Paragraph::goals).toList();
        List<Set<Integer>> predicted = CrossValidation.predictions(setC, training.extraEnglish(),
                Learners.words(Training.ENGLISH), new ShippedTagging("en"));
        var scores = Scores.of(predicted, gold);

        System.out.printf("grouped CV, English model: P %.3f R %.3f F1 %.3f%n", scores.precision(), scores.recall(), scores.f1());
        assertThat(scores.f1()).isGreaterThan(0.65);
        assertThat(scores.precision()).isGreaterThan(0.58);
        assertThat(scores.recall()).isGreaterThan(0.6);
    }
}
