package docpipe.enrich.themes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What fired for each topic in one text: evidence label to weight, the strongest weight of a label
 * counting once however often it occurs.
 */
public final class TopicEvidence {

    static final TopicEvidence NONE = new TopicEvidence(Map.of());

    private final Map<Topic, Map<String, Double>> byTopic;

    private TopicEvidence(Map<Topic, Map<String, Double>> byTopic) {
        this.byTopic = byTopic;
    }

    Map<Topic, Map<String, Double>> byTopic() {
        return Collections.unmodifiableMap(byTopic);
    }

    static Builder builder() {
        return new Builder();
    }

    static final class Builder {
        private final Map<Topic, Map<String, Double>> byTopic = new LinkedHashMap<>();

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

        TopicEvidence build() {
            return new TopicEvidence(byTopic);
        }
    }
}
