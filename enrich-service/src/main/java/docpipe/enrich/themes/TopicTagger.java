package docpipe.enrich.themes;

import docpipe.enrich.text.NormalizedText;
import docpipe.events.Annotations.EntityMention;
import docpipe.events.Annotations.SdgTag;
import docpipe.events.Annotations.ThemeTag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Tags a text with themes and SDG goals. Themes: the taxonomy terms found in it (and the entities it
 * mentions) add their weights per theme, a section heading's terms count at half weight; score =
 * 1 - exp(-sum of weights), tags from {@value #MIN_SCORE} up. Goals: the learned {@link SdgModel} assigns
 * those whose probability reaches their threshold (and a quarter of the most probable one's), and a goal
 * named outright ({@code SDG 5}, in the text or, at half weight, its heading) is tagged whatever the model says.
 * Thread-safe.
 */
public final class TopicTagger {

    public static final double MIN_SCORE = 0.5;
    static final double NAMED_GOAL_WEIGHT = 3.0;
    static final double HEADING_FACTOR = 0.5;
    /** A named goal is kept only if its evidence is at least this share of the strongest named goal's. */
    static final double RELATIVE_GOAL_STRENGTH = 0.5;
    /**
     * A text that names its goals outright has said what it is about: the model adds another goal to it only
     * when it is more likely than not, not at the lower thresholds tuned for texts that name none.
     */
    static final double OTHER_GOAL_BESIDE_NAMED = 0.5;
    /** A model goal whose probability is under this share of the text's most probable goal's is dropped: a paragraph is about few goals. */
    static final double RELATIVE_MODEL_GOAL = 0.25;

    /** The themes and goals of a text, strongest first. */
    public record Tags(List<ThemeTag> themes, List<SdgTag> sdgs) {
    }

    private final Taxonomy taxonomy;
    private final SdgModel sdgModel;
    private final TermMatcher matcher;

    public TopicTagger(Taxonomy taxonomy, SdgModel sdgModel) {
        this.taxonomy = taxonomy;
        this.sdgModel = sdgModel;
        this.matcher = new TermMatcher(taxonomy.terms());
    }

    public String taxonomyVersion() {
        return taxonomy.version();
    }

    public String sdgModelVersion() {
        return sdgModel.version();
    }

    public TopicEvidence evidence(NormalizedText text, String language, List<EntityMention> entities) {
        var builder = TopicEvidence.builder();
        var ids = entities.stream().map(EntityMention::id).distinct().toList();
        for (Term term : matcher.find(text, language, ids)) {
            builder.add(term.topic(), term.evidence(), term.weight());
        }
        for (var rule : taxonomy.goalMentions()) {
            if (!rule.requires().foundIn(text)) {
                continue;
            }
            var m = rule.pattern().matcher(text.original());
            while (m.find()) {
                int goal = Integer.parseInt(rule.goal().equals("$1") ? m.group(1) : rule.goal());
                if (goal >= 1 && goal <= 17) {
                    builder.add(Topic.sdg(goal), "goal named: " + m.group().strip(), NAMED_GOAL_WEIGHT);
                }
            }
        }
        return builder.modelGoals(sdgModel.goals(text.folded(), language)).build();
    }

    public Tags tag(TopicEvidence own) {
        return tag(own, List.of());
    }

    /** Tags from a text's own evidence plus its headings' ({@code context}) at reduced weight. */
    public Tags tag(TopicEvidence own, List<TopicEvidence> context) {
        var themes = new ArrayList<ThemeTag>();
        var sdgs = new ArrayList<SdgTag>();
        var evidence = context.isEmpty() ? own.byTopic() : withContext(own, context).byTopic();
        // among goals named outright, in the text or its headings, the weaker are dropped: a heading's goal yields to the text's
        double strongestGoal = evidence.entrySet().stream().filter(e -> e.getKey().kind() == Topic.Kind.SDG)
                .mapToDouble(e -> raw(e.getValue())).max().orElse(0);
        for (Map.Entry<Topic, Map<String, Double>> e : evidence.entrySet()) {
            double raw = raw(e.getValue());
            double score = Math.round((1 - Math.exp(-raw)) * 1000) / 1000.0;
            boolean sdg = e.getKey().kind() == Topic.Kind.SDG;
            if (score < MIN_SCORE || (sdg && raw < RELATIVE_GOAL_STRENGTH * strongestGoal)) {
                continue;
            }
            var fired = List.copyOf(e.getValue().keySet());
            if (sdg) {
                sdgs.add(new SdgTag(Integer.parseInt(e.getKey().id()), score, fired));
            } else {
                themes.add(new ThemeTag(e.getKey().id(), score, fired));
            }
        }
        boolean named = own.byTopic().keySet().stream().anyMatch(t -> t.kind() == Topic.Kind.SDG);
        addModelGoals(sdgs, own.modelGoals(), named);
        themes.sort(Comparator.comparingDouble(ThemeTag::score).reversed().thenComparing(ThemeTag::id));
        sdgs.sort(Comparator.comparingDouble(SdgTag::score).reversed().thenComparingInt(SdgTag::goal));
        return new Tags(themes, sdgs);
    }

    /** The model's goals join the named ones; a goal both named and assigned keeps the higher score and both evidences. */
    private static void addModelGoals(List<SdgTag> sdgs, List<SdgModel.GoalScore> modelGoals, boolean textNamesGoals) {
        double strongest = modelGoals.stream().mapToDouble(SdgModel.GoalScore::probability).max().orElse(0);
        for (SdgModel.GoalScore g : modelGoals) {
            if (g.probability() < RELATIVE_MODEL_GOAL * strongest) {
                continue;
            }
            double score = Math.round(g.probability() * 1000) / 1000.0;
            int named = indexOfGoal(sdgs, g.goal());
            if (named < 0 && textNamesGoals && g.probability() < OTHER_GOAL_BESIDE_NAMED) {
                continue;
            }
            if (named < 0) {
                sdgs.add(new SdgTag(g.goal(), score, g.evidence()));
            } else {
                var both = new ArrayList<>(sdgs.get(named).evidence());
                both.addAll(g.evidence());
                sdgs.set(named, new SdgTag(g.goal(), Math.max(score, sdgs.get(named).score()), both));
            }
        }
    }

    private static int indexOfGoal(List<SdgTag> sdgs, int goal) {
        for (int i = 0; i < sdgs.size(); i++) {
            if (sdgs.get(i).goal() == goal) {
                return i;
            }
        }
        return -1;
    }

    private static TopicEvidence withContext(TopicEvidence own, List<TopicEvidence> context) {
        var builder = TopicEvidence.builder();
        own.byTopic().forEach((topic, labels) -> labels.forEach((label, w) -> builder.add(topic, label, w)));
        context.forEach(heading -> builder.addContext(heading, HEADING_FACTOR));
        return builder.build();
    }

    private static double raw(Map<String, Double> weights) {
        return weights.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
