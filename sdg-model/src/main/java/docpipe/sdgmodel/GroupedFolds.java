package docpipe.sdgmodel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * K folds of examples grouped by resolution: every paragraph of a resolution falls in the same fold, so a
 * model is never tested on a resolution it has read part of. The assignment is drawn with a fixed seed.
 */
final class GroupedFolds {

    private final int[] foldOf;
    private final int folds;

    GroupedFolds(List<String> groups, int folds, long seed) {
        this.folds = folds;
        var distinct = new ArrayList<>(new TreeSet<>(groups));
        Collections.shuffle(distinct, new Random(seed));
        foldOf = new int[groups.size()];
        for (int i = 0; i < groups.size(); i++) {
            foldOf[i] = distinct.indexOf(groups.get(i)) % folds;
        }
    }

    int folds() {
        return folds;
    }

    boolean inTest(int example, int fold) {
        return foldOf[example] == fold;
    }
}
