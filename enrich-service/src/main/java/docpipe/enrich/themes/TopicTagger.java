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
 * Tags a text with themes and SDG goals: the taxonomy terms found in it (and the entities it mentions)
 * add their weights per topic, a goal named outright counts decisively, and a section heading's evidence
 * counts at half weight. Score = 1 - exp(-sum of weights); tags from {@value #MIN_SCORE} up, and a goal
 * only when its evidence weighs at least half the strongest goal's.
 * Thread-safe.
 */
public final class TopicTagger {

    public static final double MIN_SCORE = 0.5;
    static final double NAMED_GOAL_WEIGHT = 3.0;
    static final double HEADING_FACTOR = 0.5;
    /** A goal is kept only if its evidence is at least this share of the strongest goal's: a paragraph is about few goals. */
    static final double RELATIVE_GOAL_STRENGTH = 0.5;

    /** The themes and goals of a text, strongest first. */
    public record Tags(List<ThemeTag> themes, List<SdgTag> sdgs) {
    }

    private final Taxonomy taxonomy;
    private final TermMatcher matcher;

    public TopicTagger(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        this.matcher = new TermMatcher(taxonomy.terms());
    }

    public String taxonomyVersion() {
        return taxonomy.version();
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
        return builder.build();
    }

    public Tags tag(TopicEvidence own) {
        return tag(own, List.of());
    }

    /** Tags from a text's own evidence plus its headings' ({@code context}) at reduced weight. */
    public Tags tag(TopicEvidence own, List<TopicEvidence> context) {
        var themes = new ArrayList<ThemeTag>();
        var sdgs = new ArrayList<SdgTag>();
        var evidence = context.isEmpty() ? own.byTopic() : withContext(own, context).byTopic();
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
        themes.sort(Comparator.comparingDouble(ThemeTag::score).reversed().thenComparing(ThemeTag::id));
        sdgs.sort(Comparator.comparingDouble(SdgTag::score).reversed().thenComparingInt(SdgTag::goal));
        return new Tags(themes, sdgs);
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
