package docpipe.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A summary of repeated measurements: count, mean, standard deviation, min, percentiles (nearest rank) and max.
 */
record Stats(int count, double mean, double stdev, double min, double p50, double p90, double p99, double max) {

    static Stats of(List<? extends Number> values) {
        return of(values.stream().mapToDouble(Number::doubleValue).toArray());
    }

    static Stats of(double[] values) {
        if (values.length == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        double mean = sum / sorted.length;
        double squares = 0;
        for (double v : sorted) {
            squares += (v - mean) * (v - mean);
        }
        double stdev = sorted.length > 1 ? Math.sqrt(squares / (sorted.length - 1)) : 0;
        return new Stats(sorted.length, mean, stdev, sorted[0], percentile(sorted, 50), percentile(sorted, 90),
                percentile(sorted, 99), sorted[sorted.length - 1]);
    }

    /** Nearest-rank percentile of sorted values: the smallest value with at least p% of the values at or below it. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Relative spread, stdev / mean, in percent. */
    double cvPercent() {
        return mean == 0 ? 0 : 100 * stdev / mean;
    }

    /** "12.3 ± 0.4 (n=5, min 11.9, max 12.9)" with the given number of decimals. */
    String meanWithSpread(int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f ± %." + decimals + "f (n=%d, min %." + decimals
                + "f, max %." + decimals + "f)", mean, stdev, count, min, max);
    }

    static String fmt(double value, int decimals) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
