package docpipe.enrich.entities;

import docpipe.events.Annotations.EntityMention;
import docpipe.events.EntityType;

/**
 * A possible mention found by one recogniser, before overlaps are settled. {@code start}/{@code end}
 * are offsets into the original text; a null {@code id} is a stop phrase. {@code alias} is the
 * dictionary form that matched, when a dictionary found it.
 */
record Candidate(int start, int end, String id, EntityType type, String name, String alias) {

    int length() {
        return end - start;
    }

    boolean isStopPhrase() {
        return id == null;
    }

    Candidate as(GazetteerEntry entry) {
        return new Candidate(start, end, entry.id(), entry.type(), entry.name(), alias);
    }

    EntityMention toMention(String text) {
        return new EntityMention(id, type, text.substring(start, end), name, start, end);
    }
}
