package docpipe.query.store;

import docpipe.events.DocumentId;

import java.util.Objects;

/**
 * The id of a stored paragraph, {@code <documentId>:<index>}: derived from the document's id and the paragraph's
 * position, so a replayed event overwrites the same entries and a shorter version's leftovers can be found by id.
 */
public record ParagraphId(DocumentId documentId, int index) {

    public ParagraphId {
        Objects.requireNonNull(documentId, "documentId");
        if (index < 0) {
            throw new IllegalArgumentException("a paragraph index is never negative: " + index);
        }
    }

    /** Reads {@code <documentId>:<index>}. */
    public static ParagraphId parse(String value) {
        int colon = value == null ? -1 : value.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a paragraph id: " + value);
        }
        try {
            return new ParagraphId(DocumentId.of(value.substring(0, colon)), Integer.parseInt(value.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a paragraph id: " + value, e);
        }
    }

    public String value() {
        return documentId.value() + ":" + index;
    }

    @Override
    public String toString() {
        return value();
    }
}
