package docpipe.sdgmodel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the model file that enrich-service reads ({@code docpipe.enrich.themes.SdgModel}): per language its
 * prefix length, biases, thresholds and one {@code term} line per vocabulary feature with its idf and its
 * non-zero goal weights. The version is a digest of everything else, so any change of the model changes it.
 */
final class ModelFile {

    /**
     * Weights smaller than this are left out: a text's vector has values well under 1, so such a weight moves
     * a goal's logit by less than 0.01, and leaving them out keeps the file a few MB (the grouped
     * cross-validation figures are measured with them left out).
     */
    static final double MIN_WEIGHT = 0.02;

    /**
     * A language's part of the model: weights over its words, or (when {@code concepts} is set) weights over
     * the concepts and the concepts' word vectors, which the service folds into word weights when it loads
     * them (the folded weights are dense and would make the file several times larger).
     */
    record Part(WordModel model, double[] thresholds, ConceptSpace concepts, GoalClassifier.Weights conceptWeights) {

        Part(WordModel model, double[] thresholds) {
            this(model, thresholds, model.concepts(), model.conceptWeights());
        }
    }

    private ModelFile() {
    }

    static List<String> lines(List<String> header, Map<String, Part> parts) {
        var body = new ArrayList<String>();
        new TreeMap<>(parts).forEach((language, part) -> body.addAll(languageLines(language, part)));
        var out = new ArrayList<String>();
        header.forEach(h -> out.add("# " + h));
        out.add("version\tsdg-model-" + digest(body));
        out.addAll(body);
        return out;
    }

    private static List<String> languageLines(String language, Part part) {
        var out = new ArrayList<String>();
        TfIdf tfidf = part.model().tfidf();
        boolean concepts = part.concepts() != null;
        double[][] w = concepts ? part.conceptWeights().weights() : part.model().weights().weights();
        out.add("language\t" + language + "\t" + tfidf.prefixLength());
        out.add("bias\t" + language + "\t" + joined(part.model().weights().bias()));
        out.add("threshold\t" + language + "\t" + joined(part.thresholds()));
        for (int f = 0; f < tfidf.size(); f++) {
            // a term without weights stays: it still counts in the length of a text's vector
            out.add("term\t" + language + "\t" + tfidf.name(f) + "\t" + number(tfidf.idf(f)) + "\t"
                    + (concepts ? "" : goalWeights(w, f)));
        }
        if (concepts) {
            var space = part.concepts();
            for (int c = 0; c < space.size(); c++) {
                out.add("concept-weights\t" + language + "\t" + space.keys().get(c) + "\t" + goalWeights(w, c));
                var vector = space.concepts().get(c);
                var terms = new StringBuilder();
                for (int i = 0; i < vector.indices().length; i++) {
                    terms.append(i == 0 ? "" : "\t").append(tfidf.name(vector.indices()[i])).append(':')
                            .append(number(vector.values()[i]));
                }
                out.add("concept\t" + language + "\t" + space.keys().get(c) + "\t" + terms);
            }
        }
        return out;
    }

    private static String goalWeights(double[][] w, int column) {
        var pairs = new StringBuilder();
        for (int g = 0; g < GoalClassifier.GOALS; g++) {
            if (Math.abs(w[g][column]) >= MIN_WEIGHT) {
                pairs.append(pairs.isEmpty() ? "" : " ").append(g + 1).append(':').append(number(w[g][column]));
            }
        }
        return pairs.toString();
    }

    private static String joined(double[] values) {
        var parts = new ArrayList<String>();
        for (double v : values) {
            parts.add(number(v));
        }
        return String.join("\t", parts);
    }

    /** Four significant digits: the file stays small, the scores move by less than 1e-3. */
    static String number(double v) {
        return String.format(Locale.ROOT, "%.4g", v).replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2").replaceFirst("\\.(e|$)", "$1");
    }

    private static String digest(List<String> lines) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            lines.forEach(l -> sha.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
