package docpipe.events;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * What an item of a parsed document is ({@code kind}). An unknown name is an error, so the event lands in the
 * dead-letter topic: consumers treat each kind differently (headings build section paths, footnotes are
 * linked, not searched as body text), and guessing would file a new kind silently under the wrong one.
 */
public enum ParagraphKind {
    HEADING, PARAGRAPH, LIST_ITEM, FOOTNOTE;

    /**
     * The kind of that name, exactly as written on the wire.
     *
     * @throws IllegalArgumentException for a name this version does not know
     */
    @JsonCreator
    public static ParagraphKind fromName(String name) {
        return Vocabulary.strict(ParagraphKind.class, "paragraph kind", name);
    }
}
