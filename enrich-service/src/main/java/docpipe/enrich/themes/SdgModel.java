package docpipe.enrich.themes;

import docpipe.enrich.text.DataFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The learned SDG classifier of {@code taxonomy/sdg-model.tsv} (built by the {@code sdg-model} module from
 * the labelled UN paragraphs): per language, a vocabulary with inverse document frequencies and, per goal,
 * logistic-regression weights, a bias and the probability threshold chosen by grouped cross-validation. A
 * text's vector is (1 + ln tf) × idf over the vocabulary, L2-normalised; a goal's probability is the
 * logistic of bias + the dot product. A language without labelled paragraphs comes as weights over
 * "concepts" (the official goal, target and indicator texts, the same in every language) plus each
 * concept's vector in that language's words; since a text's similarity to a concept is a dot product, the
 * two fold into word weights here, once, when the file is read. Immutable, thread-safe.
 */
public final class SdgModel {

    static final int GOALS = 17;
    /** The language whose model serves a text of a language the model has none for. */
    static final String FALLBACK_LANGUAGE = "en";
    /** How many of the strongest terms that fired a tag reports as its evidence. */
    static final int EVIDENCE_TERMS = 3;

    /** A goal the model assigns: its probability and the terms that weighed most for it. */
    public record GoalScore(int goal, double probability, List<String> evidence) {
    }

    private record Weighted(int[] goals, double[] weights, double idf) {
    }

    private record LanguageModel(int prefixLength, Map<String, Weighted> terms, double[] bias, double[] thresholds) {
    }

    private final String version;
    private final Map<String, LanguageModel> languages;

    private SdgModel(String version, Map<String, LanguageModel> languages) {
        this.version = version;
        this.languages = Map.copyOf(languages);
        if (!languages.containsKey(FALLBACK_LANGUAGE)) {
            throw new IllegalStateException("the SDG model has no " + FALLBACK_LANGUAGE + " part");
        }
    }

    public static SdgModel fromClasspath() {
        return parse(DataFile.lines("taxonomy/sdg-model.tsv"));
    }

    /** Reads the model file format ({@code version}, and per language {@code language}, {@code bias}, {@code threshold}, {@code term} lines). */
    public static SdgModel parse(List<String> lines) {
        String version = null;
        var prefix = new HashMap<String, Integer>();
        var bias = new HashMap<String, double[]>();
        var thresholds = new HashMap<String, double[]>();
        var terms = new HashMap<String, Map<String, Weighted>>();
        var concepts = new HashMap<String, List<String[]>>();
        var conceptWeights = new HashMap<String, Map<String, Weighted>>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "version" -> version = f[1].trim();
                case "language" -> prefix.put(f[1], Integer.parseInt(f[2].trim()));
                case "bias" -> bias.put(f[1], perGoal(f));
                case "threshold" -> thresholds.put(f[1], perGoal(f));
                case "term" -> terms.computeIfAbsent(f[1], k -> new HashMap<>()).put(f[2], weighted(f[4], f[3]));
                case "concept-weights" -> conceptWeights.computeIfAbsent(f[1], k -> new HashMap<>())
                        .put(f[2], weighted(f[3], "0"));
                case "concept" -> concepts.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f);
                default -> throw new IllegalStateException("sdg-model: unknown line " + f[0]);
            }
        }
        if (version == null) {
            throw new IllegalStateException("sdg-model: no version line");
        }
        concepts.forEach((language, rows) -> terms.put(language,
                fold(terms.getOrDefault(language, Map.of()), rows, conceptWeights.getOrDefault(language, Map.of()))));
        var models = new HashMap<String, LanguageModel>();
        prefix.forEach((language, length) -> models.put(language, new LanguageModel(length,
                Map.copyOf(terms.getOrDefault(language, Map.of())), bias.get(language), thresholds.get(language))));
        return new SdgModel(version, models);
    }

    public String version() {
        return version;
    }

    public Set<String> languages() {
        return languages.keySet();
    }

    /** The probability of every goal (index goal − 1) for a folded text in {@code language}. */
    public double[] probabilities(String folded, String language) {
        return score(folded, language, false).probabilities;
    }

    /** The goals whose probability reaches their threshold, with the terms that weighed most for each. */
    public List<GoalScore> goals(String folded, String language) {
        return score(folded, language, true).tagged;
    }

    private record Scored(double[] probabilities, List<GoalScore> tagged) {
    }

    private Scored score(String folded, String language, boolean tag) {
        LanguageModel model = languages.getOrDefault(language == null ? FALLBACK_LANGUAGE : language,
                languages.get(FALLBACK_LANGUAGE));
        var found = new ArrayList<Map.Entry<String, Weighted>>();
        var values = new ArrayList<Double>();
        double squares = 0;
        for (var e : SdgFeatures.count(folded, model.prefixLength()).entrySet()) {
            Weighted term = model.terms().get(e.getKey());
            if (term != null) {
                double v = (1 + Math.log(e.getValue())) * term.idf();
                found.add(Map.entry(e.getKey(), term));
                values.add(v);
                squares += v * v;
            }
        }
        double norm = squares == 0 ? 1 : Math.sqrt(squares);
        double[] logits = model.bias().clone();
        for (int i = 0; i < found.size(); i++) {
            Weighted term = found.get(i).getValue();
            double x = values.get(i) / norm;
            for (int k = 0; k < term.goals().length; k++) {
                logits[term.goals()[k] - 1] += x * term.weights()[k];
            }
        }
        double[] p = new double[GOALS];
        var tagged = new ArrayList<GoalScore>();
        for (int g = 1; g <= GOALS; g++) {
            p[g - 1] = 1 / (1 + Math.exp(-logits[g - 1]));
            if (tag && p[g - 1] >= model.thresholds()[g - 1]) {
                tagged.add(new GoalScore(g, p[g - 1], evidence(g, found, values)));
            }
        }
        return new Scored(p, tagged);
    }

    /** The terms of the text with the largest positive contribution to the goal's score. */
    private static List<String> evidence(int goal, List<Map.Entry<String, Weighted>> found, List<Double> values) {
        var contributions = new ArrayList<Map.Entry<String, Double>>();
        for (int i = 0; i < found.size(); i++) {
            Weighted term = found.get(i).getValue();
            for (int k = 0; k < term.goals().length; k++) {
                if (term.goals()[k] == goal && term.weights()[k] > 0) {
                    contributions.add(Map.entry(found.get(i).getKey(), values.get(i) * term.weights()[k]));
                }
            }
        }
        return contributions.stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(EVIDENCE_TERMS).map(Map.Entry::getKey).toList();
    }

    private static double[] perGoal(String[] fields) {
        if (fields.length != 2 + GOALS) {
            throw new IllegalStateException("sdg-model: " + fields[0] + " needs " + GOALS + " values");
        }
        double[] values = new double[GOALS];
        for (int g = 0; g < GOALS; g++) {
            values[g] = Double.parseDouble(fields[2 + g]);
        }
        return values;
    }

    /**
     * Word weights from concept weights: w(term, goal) = Σ over concepts of weight(concept, goal) × the
     * concept's value for the term ({@code concept <TAB> language <TAB> key <TAB> term:value <TAB> …}).
     */
    private static Map<String, Weighted> fold(Map<String, Weighted> terms, List<String[]> concepts,
                                              Map<String, Weighted> conceptWeights) {
        var folded = new HashMap<String, double[]>();
        for (String[] row : concepts) {
            Weighted goals = conceptWeights.get(row[2]);
            if (goals == null) {
                continue;
            }
            for (int i = 3; i < row.length; i++) {
                int colon = row[i].lastIndexOf(':');
                double value = Double.parseDouble(row[i].substring(colon + 1));
                double[] w = folded.computeIfAbsent(row[i].substring(0, colon), k -> new double[GOALS]);
                for (int k = 0; k < goals.goals().length; k++) {
                    w[goals.goals()[k] - 1] += value * goals.weights()[k];
                }
            }
        }
        var out = new HashMap<String, Weighted>();
        terms.forEach((term, idfOnly) -> {
            double[] w = folded.getOrDefault(term, new double[GOALS]);
            int n = 0;
            for (double v : w) {
                n += v != 0 ? 1 : 0;
            }
            int[] goals = new int[n];
            double[] weights = new double[n];
            for (int g = 0, k = 0; g < GOALS; g++) {
                if (w[g] != 0) {
                    goals[k] = g + 1;
                    weights[k++] = w[g];
                }
            }
            out.put(term, new Weighted(goals, weights, idfOnly.idf()));
        });
        return out;
    }

    /** {@code goal:weight goal:weight …} and an idf. */
    private static Weighted weighted(String goalWeights, String idf) {
        String[] pairs = goalWeights.isBlank() ? new String[0] : goalWeights.trim().split(" ");
        int[] goals = new int[pairs.length];
        double[] weights = new double[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            int colon = pairs[i].indexOf(':');
            goals[i] = Integer.parseInt(pairs[i].substring(0, colon));
            weights[i] = Double.parseDouble(pairs[i].substring(colon + 1));
        }
        return new Weighted(goals, weights, Double.parseDouble(idf));
    }
}
