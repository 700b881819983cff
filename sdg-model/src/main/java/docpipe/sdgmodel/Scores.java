package docpipe.sdgmodel;

import java.util.List;
import java.util.Set;

/** True and false positives and negatives per goal, over (paragraph, goal) pairs; micro and per-goal P, R, F1. */
final class Scores {

    final int[] tp = new int[GoalClassifier.GOALS + 1];
    final int[] fp = new int[GoalClassifier.GOALS + 1];
    final int[] fn = new int[GoalClassifier.GOALS + 1];

    void add(Set<Integer> predicted, Set<Integer> gold) {
        for (int g = 1; g <= GoalClassifier.GOALS; g++) {
            boolean p = predicted.contains(g);
            boolean t = gold.contains(g);
            if (p && t) {
                tp[g]++;
            } else if (p) {
                fp[g]++;
            } else if (t) {
                fn[g]++;
            }
        }
    }

    static Scores of(List<Set<Integer>> predicted, List<Set<Integer>> gold) {
        var s = new Scores();
        for (int i = 0; i < gold.size(); i++) {
            s.add(predicted.get(i), gold.get(i));
        }
        return s;
    }

    int truePositives() {
        return sum(tp);
    }

    double precision() {
        return ratio(sum(tp), sum(tp) + sum(fp));
    }

    double recall() {
        return ratio(sum(tp), sum(tp) + sum(fn));
    }

    double f1() {
        return f1(precision(), recall());
    }

    double precision(int g) {
        return ratio(tp[g], tp[g] + fp[g]);
    }

    double recall(int g) {
        return ratio(tp[g], tp[g] + fn[g]);
    }

    double f1(int g) {
        return f1(precision(g), recall(g));
    }

    int support(int g) {
        return tp[g] + fn[g];
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static int sum(int[] a) {
        int s = 0;
        for (int v : a) {
            s += v;
        }
        return s;
    }
}
