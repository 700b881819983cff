package docpipe.enrich.themes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What fired for each topic in one text: evidence label to weight, the strongest weight of a label
 * counting once however often it occurs (theme terms, goals named outright); and the goals the SDG model
 * assigns the text, with their probabilities and strongest terms.
 */
public final class TopicEvidence {

    static final TopicEvidence NONE = new TopicEvidence(Map.of(), List.of());

    private final Map<Topic, Map<String, Double>> byTopic;
    private final List<SdgModel.GoalScore> modelGoals;

    private TopicEvidence(Map<Topic, Map<String, Double>> byTopic, List<SdgModel.GoalScore> modelGoals) {
        this.byTopic = byTopic;
        this.modelGoals = List.copyOf(modelGoals);
    }

    Map<Topic, Map<String, Double>> byTopic() {
        return Collections.unmodifiableMap(byTopic);
    }

    /** The goals the model assigns this text itself (a heading's are not passed on to its paragraphs). */
    List<SdgModel.GoalScore> modelGoals() {
        return modelGoals;
    }

    static Builder builder() {
        return new Builder();
    }

    static final class Builder {
        private final Map<Topic, Map<String, Double>> byTopic = new LinkedHashMap<>();
        private List<SdgModel.GoalScore> modelGoals = List.of();

        Builder add(Topic topic, String label, double weight) {
            byTopic.computeIfAbsent(topic, t -> new LinkedHashMap<>()).merge(label, weight, Math::max);
            return this;
        }

        /** Adds another text's evidence (a section heading) at a fraction of its weight. */
        Builder addContext(TopicEvidence context, double factor) {
            context.byTopic.forEach((topic, labels) ->
                    labels.forEach((label, weight) -> add(topic, "heading: " + label, weight * factor)));
            return this;
        }

        Builder modelGoals(List<SdgModel.GoalScore> goals) {
            this.modelGoals = goals;
            return this;
        }

        TopicEvidence build() {
            return new TopicEvidence(byTopic, modelGoals);
        }
    }
}
