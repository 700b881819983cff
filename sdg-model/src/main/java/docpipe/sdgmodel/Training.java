package docpipe.sdgmodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the shipped SDG model from the labelled data and measures it. English gets a model over its own
 * words, trained on the set-C paragraphs plus set A and the official English goal, target and indicator
 * texts (each labelled with its goal). Every other language gets the concept model (see {@link ConceptSpace}) trained on the same
 * English paragraphs, folded into that language's words through its official texts. Every choice of setting
 * below was made by grouped cross-validation on set C (see docs/sdg-model.md); thresholds are chosen by it
 * inside this class every time. Deterministic: the same data gives the same file.
 */
final class Training {

    static final Learners.WordSettings ENGLISH = new Learners.WordSettings(0, 2, new GoalClassifier.Settings(32, 1));
    static final int CONCEPT_PREFIX = 5;
    static final GoalClassifier.Settings CONCEPT_LEARNER = new GoalClassifier.Settings(64, 1);
    static final Set<String> ALL_CONCEPTS = Set.of("goal", "target", "indicator");
    static final Set<String> HELD_OUT_INDICATORS = Set.of("goal", "target");

    private final SdgData data;
    private final List<SdgData.Paragraph> setC;
    private final WordModel.Examples extraEnglish;
    private final WordModel.Examples extraConcepts;

    Training(SdgData data) {
        this.data = data;
        this.setC = data.setC();
        // set A helps in grouped cross-validation; the dev set stays out, for enrich-service's tests to measure on
        var setA = WordModel.Examples.of(data.setA());
        this.extraEnglish = setA.plus(officialExamples(data.officialTexts("en"), ALL_CONCEPTS));
        this.extraConcepts = setA.plus(officialExamples(data.officialTexts("en"), HELD_OUT_INDICATORS));
    }

    WordModel.Examples extraEnglish() {
        return extraEnglish;
    }

    /** The model file's lines. */
    List<String> build() {
        var parts = new LinkedHashMap<String, ModelFile.Part>();
        var english = Learners.words(ENGLISH);
        parts.put("en", new ModelFile.Part(english.fit(WordModel.Examples.of(setC).plus(extraEnglish)),
                CrossValidation.thresholds(setC, extraEnglish, english)));
        var englishTexts = data.officialTexts("en");
        var keys = ConceptSpace.keys(englishTexts, ALL_CONCEPTS);
        var englishSpace = new ConceptSpace(keys, englishTexts, CONCEPT_PREFIX);
        double[] conceptThresholds = CrossValidation.thresholds(setC, extraConcepts,
                Learners.concepts(englishSpace, englishSpace, CONCEPT_LEARNER));
        var conceptWeights = Learners.conceptWeights(englishSpace, WordModel.Examples.of(setC).plus(extraConcepts),
                CONCEPT_LEARNER);
        for (String language : SdgData.TEXT_FOLDERS.keySet()) {
            if (!language.equals("en")) {
                var space = new ConceptSpace(keys, data.officialTexts(language), CONCEPT_PREFIX);
                parts.put(language, new ModelFile.Part(WordModel.ofConcepts(space, conceptWeights), conceptThresholds));
            }
        }
        return ModelFile.lines(header(), parts);
    }

    /** Grouped cross-validation on set C and the per-language indicator check, as Markdown. */
    String report() {
        var out = new StringBuilder();
        var gold = setC.stream().map(SdgData.Paragraph::goals).toList();
        out.append("## Grouped cross-validation on set C\n\n")
                .append(String.format(Locale.ROOT, "%d paragraphs of %d resolutions, %d folds by `file_id` (seed %d); "
                                + "thresholds chosen by a second grouped cross-validation inside each training part; "
                                + "tags as enrich-service gives them (model and goals named outright).%n%n",
                        setC.size(), setC.stream().map(SdgData.Paragraph::group).distinct().count(),
                        CrossValidation.FOLDS, CrossValidation.SEED));
        var words = Scores.of(CrossValidation.predictions(setC, extraEnglish, Learners.words(ENGLISH),
                new ShippedTagging("en")), gold);
        var englishTexts = data.officialTexts("en");
        var keys = ConceptSpace.keys(englishTexts, ALL_CONCEPTS);
        var space = new ConceptSpace(keys, englishTexts, CONCEPT_PREFIX);
        var concepts = Scores.of(CrossValidation.predictions(setC, extraConcepts,
                Learners.concepts(space, space, CONCEPT_LEARNER), new ShippedTagging("en")), gold);
        out.append(table(Map.of("English model (shipped for en)", words,
                "concept model (shipped for zh, fr, es, ru, ar), on the English paragraphs", concepts)));
        out.append("\n## Each language's indicators, held out\n\n")
                .append("The concept model trained on the English paragraphs over the goal and target texts only, "
                        + "folded into each language's words, tags that language's indicator texts; gold = the "
                        + "indicator's goal. Micro P/R/F1 of the tags, and how often the most probable goal is "
                        + "the indicator's.\n\n| language | indicators | P | R | F1 | top goal right |\n|---|---|---|---|---|---|\n");
        for (String language : SdgData.TEXT_FOLDERS.keySet()) {
            out.append(indicatorRow(language, keys));
        }
        return out.toString();
    }

    private String indicatorRow(String language, List<String> allKeys) {
        var englishTexts = data.officialTexts("en");
        var keys = ConceptSpace.keys(englishTexts, HELD_OUT_INDICATORS);
        var englishSpace = new ConceptSpace(keys, englishTexts, CONCEPT_PREFIX);
        var texts = data.officialTexts(language);
        var space = new ConceptSpace(keys, texts, CONCEPT_PREFIX);
        double[] thresholds = CrossValidation.thresholds(setC, extraConcepts,
                Learners.concepts(englishSpace, englishSpace, CONCEPT_LEARNER));
        var model = WordModel.ofConcepts(space, Learners.conceptWeights(englishSpace,
                WordModel.Examples.of(setC).plus(extraConcepts), CONCEPT_LEARNER));
        var tagging = new ShippedTagging(language);
        var predicted = new ArrayList<Set<Integer>>();
        var gold = new ArrayList<Set<Integer>>();
        int top = 0;
        for (var t : texts) {
            if (!t.kind().equals("indicator")) {
                continue;
            }
            predicted.add(tagging.tags(model, thresholds, t.text()));
            gold.add(Set.of(t.goal()));
            double[] p = model.probabilities(t.text());
            int best = 0;
            for (int g = 1; g < p.length; g++) {
                best = p[g] > p[best] ? g : best;
            }
            top += best + 1 == t.goal() ? 1 : 0;
        }
        var s = Scores.of(predicted, gold);
        return String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f |%n", language, gold.size(),
                s.precision(), s.recall(), s.f1(), (double) top / gold.size());
    }

    private static String table(Map<String, Scores> models) {
        var names = new ArrayList<>(new java.util.TreeMap<>(models).keySet());
        var out = new StringBuilder("| goal | support |");
        names.forEach(n -> out.append(" ").append(n).append(" P / R / F1 |"));
        out.append("\n|---|---|").append("---|".repeat(names.size())).append("\n");
        Scores any = models.get(names.get(0));
        out.append("| **micro** | ").append(total(any)).append(" |");
        names.forEach(n -> out.append(String.format(Locale.ROOT, " **%.3f / %.3f / %.3f** |",
                models.get(n).precision(), models.get(n).recall(), models.get(n).f1())));
        out.append("\n");
        for (int g = 1; g <= GoalClassifier.GOALS; g++) {
            final int goal = g;
            out.append("| ").append(g).append(" | ").append(any.support(g)).append(" |");
            names.forEach(n -> out.append(String.format(Locale.ROOT, " %.2f / %.2f / %.2f |",
                    models.get(n).precision(goal), models.get(n).recall(goal), models.get(n).f1(goal))));
            out.append("\n");
        }
        return out.toString();
    }

    private static int total(Scores s) {
        int n = 0;
        for (int g = 1; g <= GoalClassifier.GOALS; g++) {
            n += s.support(g);
        }
        return n;
    }

    static WordModel.Examples officialExamples(List<SdgData.OfficialText> texts, Set<String> kinds) {
        var kept = texts.stream().filter(t -> kinds.contains(t.kind())).toList();
        return new WordModel.Examples(kept.stream().map(SdgData.OfficialText::text).toList(),
                kept.stream().map(t -> Set.of(t.goal())).toList());
    }

    private static List<String> header() {
        return List.of(
                "SDG classifier of enrich-service. Do not edit: rebuild it with",
                "  mvn -o -q -pl sdg-model -am process-classes -Ptrain-sdg",
                "(see docs/sdg-model.md). Trained on the UN Challenge 2019 SDG dataset (Sovrano, Palmirani, Vitali,",
                "CIRSFID, University of Bologna, CC-BY 4.0) and the official goal, target and indicator texts",
                "(Open SDG, MIT).",
                "Lines: version; per language: language <lang> <word prefix length>; bias and threshold <lang> <17",
                "values, goals 1-17>; term <lang> <feature> <idf> <goal:weight ...>.");
    }
}
