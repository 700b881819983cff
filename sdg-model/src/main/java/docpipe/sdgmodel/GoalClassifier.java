package docpipe.sdgmodel;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * One-vs-rest L2-regularised logistic regression over the 17 goals, trained with liblinear; what it keeps is
 * only the weights and biases, which is all tagging needs (a sparse dot product per goal).
 */
final class GoalClassifier {

    static final int GOALS = 17;
    /** The bias of a goal no training example has: never tagged by the model (a named goal still is). */
    static final double ABSENT_BIAS = -10;

    /** {@code weights[goal - 1][feature]}, {@code bias[goal - 1]}. */
    record Weights(double[][] weights, double[] bias) {

        double logit(int goal, SparseVector x) {
            return bias[goal - 1] + x.dot(weights[goal - 1]);
        }

        double probability(int goal, SparseVector x) {
            return 1 / (1 + Math.exp(-logit(goal, x)));
        }
    }

    /** The learner's settings: liblinear's C, and how much a positive example counts against a negative one. */
    record Settings(double c, double positiveWeight) {
    }

    private GoalClassifier() {
    }

    static Weights train(List<SparseVector> x, List<Set<Integer>> goals, int features, Settings settings) {
        Linear.disableDebugOutput();
        var problem = new Problem();
        problem.l = x.size();
        problem.n = features + 1; // liblinear expects the bias as the last feature of every example
        problem.bias = 1;
        problem.x = new Feature[x.size()][];
        for (int i = 0; i < x.size(); i++) {
            problem.x[i] = features(x.get(i), features + 1, problem.bias);
        }
        double[][] weights = new double[GOALS][];
        double[] bias = new double[GOALS];
        for (int goal = 1; goal <= GOALS; goal++) {
            problem.y = new double[x.size()];
            int positives = 0;
            for (int i = 0; i < x.size(); i++) {
                boolean positive = goals.get(i).contains(goal);
                problem.y[i] = positive ? 1 : -1;
                positives += positive ? 1 : 0;
            }
            if (positives == 0 || positives == x.size()) {
                weights[goal - 1] = new double[features];
                bias[goal - 1] = positives == 0 ? ABSENT_BIAS : -ABSENT_BIAS;
                continue;
            }
            var parameter = new Parameter(SolverType.L2R_LR, settings.c(), 0.001);
            parameter.setWeights(new double[] {settings.positiveWeight(), 1}, new int[] {1, -1});
            parameter.setRandom(new Random(1)); // the primal solver does not draw, but no run depends on chance
            Model model = Linear.train(problem, parameter);
            double[] w = model.getFeatureWeights();
            // liblinear's decision value favours its first label, which is the first example's
            double sign = model.getLabels()[0] == 1 ? 1 : -1;
            double[] goalWeights = new double[features];
            for (int f = 0; f < features; f++) {
                goalWeights[f] = sign * w[f];
            }
            weights[goal - 1] = goalWeights;
            bias[goal - 1] = sign * w[features] * problem.bias;
        }
        return new Weights(weights, bias);
    }

    private static Feature[] features(SparseVector v, int biasIndex, double bias) {
        var out = new Feature[v.indices().length + 1];
        for (int i = 0; i < v.indices().length; i++) {
            out[i] = new FeatureNode(v.indices()[i] + 1, v.values()[i]);
        }
        out[out.length - 1] = new FeatureNode(biasIndex, bias);
        return out;
    }
}
