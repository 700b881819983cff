package docpipe.events;

import java.util.List;

/**
 * The tags of one piece of text: themes and SDG goals with a score and the evidence that fired, and
 * entity mentions with stable cross-language ids and character offsets into the text.
 * {@code POST /api/annotate} returns this shape.
 */
public record Annotations(List<ThemeTag> themes, List<SdgTag> sdgs, List<EntityMention> entities) {

    public static final Annotations EMPTY = new Annotations(List.of(), List.of(), List.of());

    public Annotations {
        themes = themes == null ? List.of() : List.copyOf(themes);
        sdgs = sdgs == null ? List.of() : List.copyOf(sdgs);
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    /** A theme of the taxonomy ({@code gender-equality}), its score in [0, 1] and the terms that fired. */
    public record ThemeTag(String id, double score, List<String> evidence) {
        public ThemeTag {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    /** A Sustainable Development Goal (1–17), its score in [0, 1] and the terms that fired. */
    public record SdgTag(int goal, double score, List<String> evidence) {
        public SdgTag {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    /**
     * A mention of an entity: {@code id} is the same in every language ({@code org:UNDP},
     * {@code country:PER}, {@code doc:A/RES/76/270}); {@code type} what it names; {@code text} as written;
     * {@code name} the canonical display name; {@code start}/{@code end} offsets into the annotated text.
     */
    public record EntityMention(String id, EntityType type, String text, String name, int start, int end) {
    }
}
