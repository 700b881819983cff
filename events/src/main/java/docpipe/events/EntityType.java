package docpipe.events;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * What an entity mention names ({@code type}). INSTRUMENT: agreements, declarations, agendas; DOCUMENT: UN
 * symbols. An unknown name is an error (dead-lettered, replayable once the consumer knows it): the type is a
 * facet and part of the entity index, and there is no catch-all type to file it under.
 */
public enum EntityType {
    ORGANIZATION, COUNTRY, PLACE, INSTRUMENT, DOCUMENT, EVENT, PERSON, DATE, PERCENT;

    /**
     * The type of that name, exactly as written on the wire.
     *
     * @throws IllegalArgumentException for a name this version does not know
     */
    @JsonCreator
    public static EntityType fromName(String name) {
        return Vocabulary.strict(EntityType.class, "entity type", name);
    }
}
