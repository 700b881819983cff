package docpipe.sdgmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A linear model over one language's words: a TF-IDF vocabulary and one-vs-rest weights over it (the
 * per-goal thresholds that turn probabilities into tags are chosen apart, by cross-validation).
 */
record WordModel(TfIdf tfidf, GoalClassifier.Weights weights, ConceptSpace concepts,
                 GoalClassifier.Weights conceptWeights) implements CrossValidation.Scorer {

    WordModel(TfIdf tfidf, GoalClassifier.Weights weights) {
        this(tfidf, weights, null, null);
    }

    /** A concept model, folded into the words of the concept space's language. */
    static WordModel ofConcepts(ConceptSpace space, GoalClassifier.Weights conceptWeights) {
        return new WordModel(space.tfidf(), space.fold(conceptWeights), space, conceptWeights);
    }

    /** What a model is trained from: labelled texts (paragraphs, and official texts if they are added). */
    record Examples(List<String> texts, List<Set<Integer>> goals) {

        static Examples of(List<SdgData.Paragraph> paragraphs) {
            return new Examples(paragraphs.stream().map(SdgData.Paragraph::text).toList(),
                    paragraphs.stream().map(SdgData.Paragraph::goals).toList());
        }

        Examples plus(Examples more) {
            var t = new ArrayList<>(texts);
            t.addAll(more.texts);
            var g = new ArrayList<>(goals);
            g.addAll(more.goals);
            return new Examples(t, g);
        }
    }

    static WordModel fit(TfIdf tfidf, Examples examples, GoalClassifier.Settings settings) {
        return new WordModel(tfidf,
                GoalClassifier.train(tfidf.vectors(examples.texts()), examples.goals(), tfidf.size(), settings));
    }

    @Override
    public double[] probabilities(String text) {
        return probabilities(weights, tfidf.vector(text));
    }

    static double[] probabilities(GoalClassifier.Weights weights, SparseVector x) {
        double[] p = new double[GoalClassifier.GOALS];
        for (int g = 1; g <= GoalClassifier.GOALS; g++) {
            p[g - 1] = weights.probability(g, x);
        }
        return p;
    }
}
