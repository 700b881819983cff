package docpipe.local.top;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A cumulative Prometheus histogram ({@code _bucket{le=…}}) and its quantiles, as Prometheus computes them. */
final class Histogram {

    private final TreeMap<Double, Double> cumulative = new TreeMap<>();

    /** The buckets of {@code name} whose labels include {@code match}, summed over the other labels. */
    static Histogram of(List<Sample> samples, String name, Map<String, String> match) {
        Histogram histogram = new Histogram();
        for (Sample s : samples) {
            if (s.name().equals(name + "_bucket") && matches(s, match)) {
                histogram.cumulative.merge(Double.parseDouble(s.label("le").replace("+Inf", "Infinity")), s.value(),
                        Double::sum);
            }
        }
        return histogram;
    }

    static boolean matches(Sample s, Map<String, String> match) {
        return match.entrySet().stream().allMatch(e -> e.getValue().equals(s.label(e.getKey())));
    }

    double count() {
        return cumulative.isEmpty() ? 0 : cumulative.lastEntry().getValue();
    }

    /** The {@code q} quantile by linear interpolation inside its bucket; NaN when empty. */
    double quantile(double q) {
        double total = count();
        if (total == 0) {
            return Double.NaN;
        }
        double rank = q * total;
        double lowerBound = 0;
        double lowerCount = 0;
        for (var bucket : cumulative.entrySet()) {
            if (bucket.getValue() >= rank) {
                double upper = bucket.getKey();
                if (Double.isInfinite(upper)) {
                    return lowerBound;
                }
                double inBucket = bucket.getValue() - lowerCount;
                return inBucket == 0 ? upper : lowerBound + (upper - lowerBound) * (rank - lowerCount) / inBucket;
            }
            lowerBound = bucket.getKey();
            lowerCount = bucket.getValue();
        }
        return lowerBound;
    }
}
