package docpipe.query.compare;

import java.util.List;

/**
 * One paragraph as the comparison sees it.
 *
 * @param index     position in its document
 * @param number    printed label, null when none
 * @param kind      HEADING, PARAGRAPH, LIST_ITEM, FOOTNOTE
 * @param role      PREAMBULAR or OPERATIVE in resolutions, otherwise null
 * @param entityIds the language-independent ids of the entities it mentions
 */
public record Passage(int index, String number, String kind, String role, String text, List<String> entityIds) {

    public Passage {
        entityIds = entityIds == null ? List.of() : List.copyOf(entityIds);
    }

    /** Paragraphs are only ever matched with paragraphs of the same group: their role, or their kind when they have none. */
    String group() {
        return role != null ? role : kind;
    }
}
