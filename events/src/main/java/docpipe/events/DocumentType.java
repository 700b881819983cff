package docpipe.events;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Locale;

/**
 * What a UN document is ({@code metadata.type}). A name this version does not know reads as {@link #OTHER}
 * rather than failing: OTHER already means "a document we do not classify", so a newer producer's type
 * still leaves a readable document, where failing would dead-letter it for its label alone.
 */
public enum DocumentType {
    REPORT, RESOLUTION, DECISION, NOTE, LETTER, OTHER;

    /** The type of that name; {@link #OTHER} for a name this version does not know. */
    @JsonCreator
    public static DocumentType fromName(String name) {
        if (name == null) {
            return null;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return OTHER;
        }
    }

    /** True for the texts a body adopted (resolutions and decisions), whose date is the day of adoption. */
    public boolean isAdoptedText() {
        return this == RESOLUTION || this == DECISION;
    }
}
