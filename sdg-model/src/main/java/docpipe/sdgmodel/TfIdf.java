package docpipe.sdgmodel;

import docpipe.enrich.text.TextNormalizer;
import docpipe.enrich.themes.SdgFeatures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A vocabulary with inverse document frequencies fitted on a set of texts, and the map from text to its
 * L2-normalised vector of (1 + ln tf) × idf, exactly as {@code SdgModel} in enrich-service computes it.
 * Features are indexed in alphabetical order, so the same texts give the same indices.
 */
final class TfIdf {

    private final int prefixLength;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final double[] idf;

    private TfIdf(int prefixLength, Map<String, Integer> documentFrequency, int documents) {
        this.prefixLength = prefixLength;
        documentFrequency.forEach((name, df) -> {
            index.put(name, names.size());
            names.add(name);
        });
        idf = new double[names.size()];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = Math.log((documents + 1.0) / (documentFrequency.get(names.get(i)) + 1.0)) + 1;
        }
    }

    /** Fits the vocabulary: every feature that occurs in at least {@code minDf} texts. */
    static TfIdf fit(List<String> texts, int prefixLength, int minDf) {
        var df = new TreeMap<String, Integer>();
        for (String text : texts) {
            counts(text, prefixLength).keySet().forEach(f -> df.merge(f, 1, Integer::sum));
        }
        df.values().removeIf(n -> n < minDf);
        return new TfIdf(prefixLength, df, texts.size());
    }

    static Map<String, Integer> counts(String text, int prefixLength) {
        return SdgFeatures.count(TextNormalizer.fold(text), prefixLength);
    }

    SparseVector vector(String text) {
        var values = new TreeMap<Integer, Double>();
        counts(text, prefixLength).forEach((name, tf) -> {
            Integer i = index.get(name);
            if (i != null) {
                values.put(i, (1 + Math.log(tf)) * idf[i]);
            }
        });
        double norm = Math.sqrt(values.values().stream().mapToDouble(v -> v * v).sum());
        int[] indices = new int[values.size()];
        double[] vals = new double[values.size()];
        int k = 0;
        for (var e : values.entrySet()) {
            indices[k] = e.getKey();
            vals[k++] = norm == 0 ? 0 : e.getValue() / norm;
        }
        return new SparseVector(indices, vals);
    }

    List<SparseVector> vectors(List<String> texts) {
        return texts.stream().map(this::vector).toList();
    }

    int size() {
        return names.size();
    }

    String name(int i) {
        return names.get(i);
    }

    double idf(int i) {
        return idf[i];
    }

    int prefixLength() {
        return prefixLength;
    }

    /** Feature names in index order (for tests). */
    TreeSet<String> vocabulary() {
        return new TreeSet<>(names);
    }
}
