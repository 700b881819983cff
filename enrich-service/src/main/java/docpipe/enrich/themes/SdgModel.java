package docpipe.enrich.themes;

import docpipe.enrich.text.DataFile;
import docpipe.enrich.text.TextNormalizer;

import java.util.ArrayList;
import java.util.Arrays;
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

    /** A term of a language's vocabulary: its number there, its idf and its non-zero goal weights. */
    private record Weighted(String name, int index, int[] goals, double[] weights, double idf, double[] byGoal) {

        static Weighted of(String name, int index, int[] goals, double[] weights, double idf) {
            double[] byGoal = new double[GOALS];
            for (int k = 0; k < goals.length; k++) {
                byGoal[goals[k] - 1] = weights[k];
            }
            return new Weighted(name, index, goals, weights, idf, byGoal);
        }

        double weight(int goal) {
            return byGoal[goal - 1];
        }
    }

    /** A word or Chinese character of the vocabulary: its own term, if any, and the pair terms it begins by the next word. */
    private record Entry(Weighted single, Map<String, Weighted> pairs) {
    }

    /**
     * The two-character terms of the Basic Multilingual Plane in an open-addressing table keyed by both
     * characters in one int: a lookup is a multiplication and a probe or two, no string and no boxing.
     */
    private static final class CharacterPairs {
        private final int[] keys;
        private final Weighted[] terms;
        private final int shift;

        CharacterPairs(Map<Integer, Weighted> pairs) {
            int capacity = Integer.highestOneBit(Math.max(4, pairs.size() * 3)) * 2;
            keys = new int[capacity];
            terms = new Weighted[capacity];
            shift = 32 - Integer.numberOfTrailingZeros(capacity);
            pairs.forEach((key, term) -> {
                int slot = slot(key);
                while (terms[slot] != null) {
                    slot = (slot + 1) & (capacity - 1);
                }
                keys[slot] = key;
                terms[slot] = term;
            });
        }

        Weighted get(int first, int second) {
            if (first > Character.MAX_VALUE || second > Character.MAX_VALUE) {
                return null;
            }
            int key = first << 16 | second;
            for (int slot = slot(key); terms[slot] != null; slot = (slot + 1) & (keys.length - 1)) {
                if (keys[slot] == key) {
                    return terms[slot];
                }
            }
            return null;
        }

        private int slot(int key) {
            return (key * 0x9E3779B9) >>> shift;
        }
    }

    /**
     * {@code words}: every term by its (first) word, so that one lookup per word finds it and its pairs;
     * {@code characters}: the same for Chinese characters of the Basic Multilingual Plane, by code point
     * (null when the vocabulary has none).
     */
    private record LanguageModel(int prefixLength, Map<String, Entry> words, Entry[] characters,
                                 CharacterPairs characterPairs, Weighted[] byIndex, double[] bias, double[] thresholds,
                                 double[] thresholdLogits) {

        /** A probability threshold as a logit: comparing logits spares an exponential per goal and text. */
        static double[] logits(double[] thresholds) {
            double[] out = new double[thresholds.length];
            for (int g = 0; g < out.length; g++) {
                out[g] = Math.log(thresholds[g] / (1 - thresholds[g]));
            }
            return out;
        }

        static LanguageModel of(int prefixLength, Map<String, Weighted> terms, double[] bias, double[] thresholds) {
            var singles = new HashMap<String, Weighted>();
            var pairs = new HashMap<String, Map<String, Weighted>>();
            var characterPairs = new HashMap<Integer, Weighted>();
            var byIndex = new Weighted[terms.size()];
            terms.forEach((name, term) -> {
                byIndex[term.index()] = term;
                int space = name.indexOf(' ');
                if (space > 0) {
                    pairs.computeIfAbsent(name.substring(0, space), k -> new HashMap<>()).put(name.substring(space + 1), term);
                } else if (name.length() == 2 && name.chars().allMatch(TextNormalizer::isCjk)) {
                    characterPairs.put(name.charAt(0) << 16 | name.charAt(1), term);
                } else {
                    singles.put(name, term);
                }
            });
            var words = new HashMap<String, Entry>();
            var keys = new java.util.HashSet<>(singles.keySet());
            keys.addAll(pairs.keySet());
            Entry[] characters = null;
            for (String key : keys) {
                var entry = new Entry(singles.get(key), pairs.getOrDefault(key, Map.of()));
                words.put(key, entry);
                if (key.length() == 1 && TextNormalizer.isCjk(key.charAt(0))) {
                    characters = characters == null ? new Entry[Character.MAX_VALUE + 1] : characters;
                    characters[key.charAt(0)] = entry;
                }
            }
            return new LanguageModel(prefixLength, words, characters, new CharacterPairs(characterPairs), byIndex, bias,
                    thresholds, logits(thresholds));
        }

        Entry character(int codePoint) {
            if (characters != null && codePoint < characters.length) {
                return characters[codePoint];
            }
            return words.get(Character.toString(codePoint));
        }
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
                case "term" -> {
                    var vocabulary = terms.computeIfAbsent(f[1], k -> new HashMap<>());
                    vocabulary.put(f[2], weighted(f[2], vocabulary.size(), f[4], f[3]));
                }
                case "concept-weights" -> conceptWeights.computeIfAbsent(f[1], k -> new HashMap<>())
                        .put(f[2], weighted(f[2], 0, f[3], "0"));
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
        prefix.forEach((language, length) -> models.put(language, LanguageModel.of(length,
                terms.getOrDefault(language, Map.of()), bias.get(language), thresholds.get(language))));
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

    /**
     * Per-thread counters indexed by term number, and the numbers touched, reset after each text: counting a
     * text's terms costs one array write per occurrence, with no map and no sorting.
     */
    private static final class Counts {
        private int[] counts = new int[0];
        private int[] touched = new int[64];
        private int size;

        void add(int index) {
            if (index >= counts.length) {
                counts = Arrays.copyOf(counts, Math.max(index + 1, counts.length * 2));
            }
            if (counts[index]++ == 0) {
                if (size == touched.length) {
                    touched = Arrays.copyOf(touched, size * 2);
                }
                touched[size++] = index;
            }
        }

        void clear() {
            for (int i = 0; i < size; i++) {
                counts[touched[i]] = 0;
            }
            size = 0;
        }
    }

    private static final ThreadLocal<Counts> COUNTS = ThreadLocal.withInitial(Counts::new);

    private Scored score(String folded, String language, boolean tag) {
        LanguageModel model = languages.getOrDefault(language == null ? FALLBACK_LANGUAGE : language,
                languages.get(FALLBACK_LANGUAGE));
        // every occurrence of a known term counted by its number
        var hits = COUNTS.get();
        SdgFeatures.forEach(folded, model.prefixLength(), new SdgFeatures.Sink() {
            private Entry before;
            private Entry current;

            @Override
            public void word(String word) {
                found(model.words().get(word));
            }

            @Override
            public void wordPair(String first, String second) {
                // follows word(second): the entry of first is the one before; a pair's words are both in the
                // vocabulary whenever the pair is (they occur wherever it does)
                count(before == null || current == null ? null : before.pairs().get(second));
            }

            @Override
            public void character(int codePoint) {
                found(model.character(codePoint));
            }

            @Override
            public void characterPair(int first, int second) {
                count(before == null || current == null ? null : model.characterPairs().get(first, second));
            }

            private void found(Entry entry) {
                before = current;
                current = entry;
                count(entry == null ? null : entry.single());
            }

            private void count(Weighted term) {
                if (term != null) {
                    hits.add(term.index());
                }
            }
        });
        int distinct = hits.size;
        var terms = new Weighted[distinct];
        var values = new double[distinct];
        double squares = 0;
        for (int i = 0; i < distinct; i++) {
            int tf = hits.counts[hits.touched[i]];
            terms[i] = model.byIndex()[hits.touched[i]];
            values[i] = (tf == 1 ? 1 : 1 + Math.log(tf)) * terms[i].idf();
            squares += values[i] * values[i];
        }
        hits.clear();
        double norm = squares == 0 ? 1 : Math.sqrt(squares);
        double[] logits = model.bias().clone();
        for (int i = 0; i < distinct; i++) {
            values[i] /= norm;
            double[] byGoal = terms[i].byGoal();
            for (int g = 0; g < GOALS; g++) {
                logits[g] += values[i] * byGoal[g];
            }
        }
        double[] p = tag ? null : new double[GOALS];
        List<GoalScore> tagged = List.of();
        for (int g = 1; g <= GOALS; g++) {
            if (!tag) {
                p[g - 1] = probability(logits[g - 1]);
            } else if (logits[g - 1] >= model.thresholdLogits()[g - 1]) {
                if (tagged.isEmpty()) {
                    tagged = new ArrayList<>(2);
                }
                tagged.add(new GoalScore(g, probability(logits[g - 1]), evidence(g, terms, values, distinct)));
            }
        }
        return new Scored(p, tagged);
    }

    private static double probability(double logit) {
        return 1 / (1 + Math.exp(-logit));
    }

    /** The (at most {@value #EVIDENCE_TERMS}) terms of the text with the largest positive contribution to the goal. */
    private static List<String> evidence(int goal, Weighted[] terms, double[] values, int count) {
        var best = new Weighted[EVIDENCE_TERMS];
        var bestContribution = new double[EVIDENCE_TERMS];
        for (int i = 0; i < count; i++) {
            double c = values[i] * terms[i].weight(goal);
            for (int slot = 0; slot < EVIDENCE_TERMS && c > 0; slot++) {
                if (best[slot] == null || c > bestContribution[slot]
                        || (c == bestContribution[slot] && terms[i].name().compareTo(best[slot].name()) < 0)) {
                    System.arraycopy(best, slot, best, slot + 1, EVIDENCE_TERMS - slot - 1);
                    System.arraycopy(bestContribution, slot, bestContribution, slot + 1, EVIDENCE_TERMS - slot - 1);
                    best[slot] = terms[i];
                    bestContribution[slot] = c;
                    break;
                }
            }
        }
        var names = new ArrayList<String>(EVIDENCE_TERMS);
        for (Weighted w : best) {
            if (w != null) {
                names.add(w.name());
            }
        }
        return names;
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
            out.put(term, Weighted.of(term, idfOnly.index(), goals, weights, idfOnly.idf()));
        });
        return out;
    }

    /** {@code goal:weight goal:weight …} and an idf. */
    private static Weighted weighted(String name, int index, String goalWeights, String idf) {
        String[] pairs = goalWeights.isBlank() ? new String[0] : goalWeights.trim().split(" ");
        int[] goals = new int[pairs.length];
        double[] weights = new double[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            int colon = pairs[i].indexOf(':');
            goals[i] = Integer.parseInt(pairs[i].substring(0, colon));
            weights[i] = Double.parseDouble(pairs[i].substring(colon + 1));
        }
        return Weighted.of(name, index, goals, weights, Double.parseDouble(idf));
    }
}
