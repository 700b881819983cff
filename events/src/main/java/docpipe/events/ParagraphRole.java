package docpipe.events;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The part of a resolution an item belongs to ({@code role}; null outside resolutions). An unknown name is an
 * error (dead-lettered): a role is read as the legal force of the text, which must not be guessed.
 */
public enum ParagraphRole {
    PREAMBULAR, OPERATIVE;

    /**
     * The role of that name, exactly as written on the wire.
     *
     * @throws IllegalArgumentException for a name this version does not know
     */
    @JsonCreator
    public static ParagraphRole fromName(String name) {
        return Vocabulary.strict(ParagraphRole.class, "paragraph role", name);
    }
}
