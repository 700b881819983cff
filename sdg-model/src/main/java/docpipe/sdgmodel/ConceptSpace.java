package docpipe.sdgmodel;

import java.util.List;
import java.util.Set;

/**
 * The official goal and target texts of one language as "concepts": a text is described by its cosine
 * similarity to each of them (explicit semantic analysis). The concepts are the same in every language
 * (target 1.2 in Chinese says what target 1.2 says in English), so a classifier trained over concept
 * similarities of English paragraphs applies to any language; and because a cosine with fixed concept
 * vectors is linear in the text's vector, that classifier folds into plain word weights per language.
 */
final class ConceptSpace {

    private final TfIdf tfidf;
    private final List<String> keys;
    private final List<SparseVector> concepts;

    /** {@code keys} fixes the concepts and their order, the same in every language; a key a language lacks is empty. */
    ConceptSpace(List<String> keys, List<SdgData.OfficialText> texts, int prefixLength) {
        var byKey = new java.util.HashMap<String, String>();
        texts.forEach(t -> byKey.put(t.kind() + ":" + t.key(), t.text()));
        List<String> conceptTexts = keys.stream().map(k -> byKey.getOrDefault(k, "")).toList();
        this.keys = List.copyOf(keys);
        this.tfidf = TfIdf.fit(conceptTexts, prefixLength, 1);
        this.concepts = tfidf.vectors(conceptTexts);
    }

    /** The keys of official texts of the given kinds, in a fixed order. */
    static List<String> keys(List<SdgData.OfficialText> texts, Set<String> kinds) {
        return texts.stream().filter(t -> kinds.contains(t.kind())).map(t -> t.kind() + ":" + t.key())
                .distinct().sorted().toList();
    }

    TfIdf tfidf() {
        return tfidf;
    }

    List<String> keys() {
        return keys;
    }

    List<SparseVector> concepts() {
        return concepts;
    }

    int size() {
        return concepts.size();
    }

    /** The text's similarity to every concept, as a sparse vector over concept indices. */
    SparseVector similarities(String text) {
        return similarities(tfidf.vector(text));
    }

    SparseVector similarities(SparseVector x) {
        double[] dense = new double[tfidf.size()];
        for (int i = 0; i < x.indices().length; i++) {
            dense[x.indices()[i]] = x.values()[i];
        }
        int nonZero = 0;
        double[] sims = new double[concepts.size()];
        for (int c = 0; c < concepts.size(); c++) {
            sims[c] = concepts.get(c).dot(dense);
            nonZero += sims[c] != 0 ? 1 : 0;
        }
        int[] idx = new int[nonZero];
        double[] val = new double[nonZero];
        for (int c = 0, k = 0; c < sims.length; c++) {
            if (sims[c] != 0) {
                idx[k] = c;
                val[k++] = sims[c];
            }
        }
        return new SparseVector(idx, val);
    }

    /** The concept classifier written as weights over this language's words: w_word = Σ_concept w_concept · concept. */
    GoalClassifier.Weights fold(GoalClassifier.Weights conceptWeights) {
        double[][] words = new double[GoalClassifier.GOALS][tfidf.size()];
        for (int g = 0; g < GoalClassifier.GOALS; g++) {
            for (int c = 0; c < concepts.size(); c++) {
                double w = conceptWeights.weights()[g][c];
                SparseVector concept = concepts.get(c);
                for (int i = 0; i < concept.indices().length; i++) {
                    words[g][concept.indices()[i]] += w * concept.values()[i];
                }
            }
        }
        return new GoalClassifier.Weights(words, conceptWeights.bias().clone());
    }
}
