package docpipe.enrich.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Settles overlapping candidates: the longest wins ({@code 联合国开发计划署} over {@code 联合国}), then the
 * earliest; stop phrases take part and are dropped afterwards.
 */
final class OverlapResolver {

    private static final Comparator<Candidate> PRIORITY = Comparator.comparingInt(Candidate::length).reversed()
            .thenComparingInt(Candidate::start);

    private OverlapResolver() {
    }

    static List<Candidate> resolve(List<Candidate> candidates, int textLength) {
        var sorted = new ArrayList<>(candidates);
        sorted.sort(PRIORITY);
        var taken = new boolean[textLength + 1];
        var kept = new ArrayList<Candidate>();
        for (Candidate c : sorted) {
            if (c.start() < 0 || c.end() > textLength || c.length() <= 0 || overlaps(taken, c)) {
                continue;
            }
            for (int i = c.start(); i < c.end(); i++) {
                taken[i] = true;
            }
            if (!c.isStopPhrase()) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        return kept;
    }

    private static boolean overlaps(boolean[] taken, Candidate c) {
        for (int i = c.start(); i < c.end(); i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }
}
