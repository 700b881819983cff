package docpipe.sdgmodel;

import java.util.List;

/**
 * The two kinds of model. Over English words, trained on paragraphs. Over similarities to the official
 * concepts (goal and target texts), trained on the same English paragraphs and then folded into any
 * language's words (see {@link ConceptSpace}).
 */
final class Learners {

    /** Feature choices: word prefix length (0 = whole words), minimum document frequency, learner settings. */
    record WordSettings(int prefixLength, int minDf, GoalClassifier.Settings learner) {
    }

    private Learners() {
    }

    static CrossValidation.Learner<WordModel> words(WordSettings s) {
        return examples -> WordModel.fit(TfIdf.fit(examples.texts(), s.prefixLength(), s.minDf()), examples, s.learner());
    }

    /** Trained over {@code trainSpace} (English concepts), applied through {@code targetSpace} (any language's). */
    static CrossValidation.Learner<WordModel> concepts(ConceptSpace trainSpace, ConceptSpace targetSpace,
                                            GoalClassifier.Settings settings) {
        return examples -> WordModel.ofConcepts(targetSpace, conceptWeights(trainSpace, examples, settings));
    }

    static GoalClassifier.Weights conceptWeights(ConceptSpace space, WordModel.Examples examples,
                                                 GoalClassifier.Settings settings) {
        List<SparseVector> x = examples.texts().stream().map(space::similarities).toList();
        return GoalClassifier.train(x, examples.goals(), space.size(), settings);
    }
}
