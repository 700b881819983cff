package docpipe.sdgmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Per-goal probability thresholds chosen on out-of-fold probabilities: a goal with enough positive examples
 * gets its own threshold, the one maximising its F1; the rarer goals share the one that maximises their
 * micro-F1 together.
 */
final class Thresholds {

    /** Below this many positive examples a goal's own best threshold is noise: it takes the shared one. */
    static final int MIN_POSITIVES_FOR_OWN = 10;
    private static final double LOW = 0.05;
    private static final double HIGH = 0.95;
    private static final double STEP = 0.01;

    private Thresholds() {
    }

    /** {@code probabilities.get(i)[goal - 1]} of example i, and its gold goals. */
    static double[] choose(List<double[]> probabilities, List<Set<Integer>> gold) {
        var rare = new TreeSet<Integer>();
        for (int g = 1; g <= GoalClassifier.GOALS; g++) {
            int positives = 0;
            for (Set<Integer> goals : gold) {
                positives += goals.contains(g) ? 1 : 0;
            }
            if (positives < MIN_POSITIVES_FOR_OWN) {
                rare.add(g);
            }
        }
        double shared = best(probabilities, gold, rare);
        double[] out = new double[GoalClassifier.GOALS];
        for (int g = 1; g <= GoalClassifier.GOALS; g++) {
            out[g - 1] = rare.contains(g) ? shared : best(probabilities, gold, Set.of(g));
        }
        return out;
    }

    static Set<Integer> apply(double[] probabilities, double[] thresholds) {
        var goals = new TreeSet<Integer>();
        for (int g = 1; g <= GoalClassifier.GOALS; g++) {
            if (probabilities[g - 1] >= thresholds[g - 1]) {
                goals.add(g);
            }
        }
        return goals;
    }

    /** The threshold maximising micro-F1 over some goals; the lowest on ties. */
    private static double best(List<double[]> probabilities, List<Set<Integer>> gold, Set<Integer> goals) {
        double bestThreshold = 0.5;
        double bestF1 = -1;
        for (int step = 0; LOW + step * STEP <= HIGH + 1e-9; step++) {
            double t = Math.round((LOW + step * STEP) * 100) / 100.0;
            var predicted = new ArrayList<Set<Integer>>();
            for (double[] p : probabilities) {
                var tagged = new TreeSet<Integer>();
                for (int g : goals) {
                    if (p[g - 1] >= t) {
                        tagged.add(g);
                    }
                }
                predicted.add(tagged);
            }
            var restricted = gold.stream().map(g -> (Set<Integer>) new TreeSet<>(g)).toList();
            restricted.forEach(g -> g.retainAll(goals));
            double f1 = Scores.of(predicted, restricted).f1();
            if (f1 > bestF1 + 1e-12) {
                bestF1 = f1;
                bestThreshold = t;
            }
        }
        return bestThreshold;
    }
}
