package docpipe.sdgmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Grouped k-fold cross-validation of a learner on set C, with thresholds chosen inside each training part
 * (a second, inner grouped cross-validation): no test paragraph and no paragraph of a test resolution ever
 * takes part in choosing weights or thresholds. Extra examples (set A, official texts) only ever train.
 */
final class CrossValidation {

    /** A trained model: the probability of each goal for a text. */
    interface Scorer {
        double[] probabilities(String text);
    }

    /** Trains a model on examples. */
    interface Learner<M extends Scorer> {
        M fit(WordModel.Examples examples);
    }

    /** Tags a text with a trained model and its thresholds (in the end: the way enrich-service does). */
    interface Tagging {
        Set<Integer> tags(Scorer model, double[] thresholds, String text);
    }

    /** Tags by the probabilities and thresholds alone. */
    static final Tagging BY_THRESHOLD = (model, thresholds, text) -> Thresholds.apply(model.probabilities(text), thresholds);

    static final int FOLDS = 5;
    static final long SEED = 20171;

    private CrossValidation() {
    }

    /** Out-of-fold predictions (tag sets) for every paragraph of {@code labelled}. */
    static List<Set<Integer>> predictions(List<SdgData.Paragraph> labelled, WordModel.Examples extra, Learner<?> learner,
                                          Tagging tagging) {
        var folds = new GroupedFolds(labelled.stream().map(SdgData.Paragraph::group).toList(), FOLDS, SEED);
        var predicted = new ArrayList<Set<Integer>>();
        labelled.forEach(p -> predicted.add(Set.of()));
        for (int k = 0; k < folds.folds(); k++) {
            var train = new ArrayList<SdgData.Paragraph>();
            var testIndex = new ArrayList<Integer>();
            for (int i = 0; i < labelled.size(); i++) {
                if (folds.inTest(i, k)) {
                    testIndex.add(i);
                } else {
                    train.add(labelled.get(i));
                }
            }
            double[] thresholds = thresholds(train, extra, learner);
            var model = learner.fit(WordModel.Examples.of(train).plus(extra));
            for (int i : testIndex) {
                predicted.set(i, tagging.tags(model, thresholds, labelled.get(i).text()));
            }
        }
        return predicted;
    }

    /** Thresholds from out-of-fold probabilities of an inner grouped cross-validation on {@code labelled}. */
    static double[] thresholds(List<SdgData.Paragraph> labelled, WordModel.Examples extra, Learner<?> learner) {
        return Thresholds.choose(outOfFoldProbabilities(labelled, extra, learner),
                labelled.stream().map(SdgData.Paragraph::goals).toList());
    }

    static List<double[]> outOfFoldProbabilities(List<SdgData.Paragraph> labelled, WordModel.Examples extra,
                                                 Learner<?> learner) {
        var folds = new GroupedFolds(labelled.stream().map(SdgData.Paragraph::group).toList(), FOLDS, SEED + 1);
        var probabilities = new ArrayList<double[]>();
        labelled.forEach(p -> probabilities.add(null));
        for (int k = 0; k < folds.folds(); k++) {
            var train = new ArrayList<SdgData.Paragraph>();
            for (int i = 0; i < labelled.size(); i++) {
                if (!folds.inTest(i, k)) {
                    train.add(labelled.get(i));
                }
            }
            var model = learner.fit(WordModel.Examples.of(train).plus(extra));
            for (int i = 0; i < labelled.size(); i++) {
                if (folds.inTest(i, k)) {
                    probabilities.set(i, model.probabilities(labelled.get(i).text()));
                }
            }
        }
        return probabilities;
    }
}
