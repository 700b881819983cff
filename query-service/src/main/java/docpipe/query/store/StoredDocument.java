package docpipe.query.store;

import docpipe.events.DocumentId;

import java.time.Instant;
import java.util.List;

/**
 * One document as the read model keeps it: its pipeline status and, once an enrichment is stored, its content's
 * metadata, tag profiles and the symbols it cites. A document known only from its statuses has no metadata, no
 * paragraph count and empty profiles. Which BSON fields hold it is {@link ReadModelMapping}'s business.
 *
 * @param symbolKey  the document's symbol in {@link docpipe.untext.UnSymbols#key} form, as references name it
 * @param references the normalised symbols the document cites
 * @param versions   the versions of the data that produced the tags
 */
public record StoredDocument(DocumentId id, String fileName, PipelineStatus status, Instant receivedAt,
                             Instant enrichedAt, Metadata metadata, String symbolKey, Integer paragraphCount,
                             List<ThemeCount> themes, List<SdgCount> sdgs, List<EntityCount> entities,
                             List<String> references, TagVersions versions) {

    public StoredDocument {
        themes = themes == null ? List.of() : List.copyOf(themes);
        sdgs = sdgs == null ? List.of() : List.copyOf(sdgs);
        entities = entities == null ? List.of() : List.copyOf(entities);
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** True once an enrichment of the document is stored (before, only its status is known). */
    public boolean hasContent() {
        return enrichedAt != null;
    }

    /** What the document says about itself; absent values are null. */
    public record Metadata(String symbol, String title, String language, String type, String date, String session,
                           String agendaItem, List<String> agendaItems, Integer pageCount) {

        public Metadata {
            agendaItems = agendaItems == null ? List.of() : List.copyOf(agendaItems);
        }
    }

    /** A theme and the number of the document's paragraphs tagged with it. */
    public record ThemeCount(String id, int count) {
    }

    /** A goal and the number of the document's paragraphs tagged with it. */
    public record SdgCount(int goal, int count) {
    }

    /** An entity, its mentions in the document, and up to ten of the forms it is written in there. */
    public record EntityCount(String id, String type, String name, int count, List<String> aliases) {

        public EntityCount {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    public record TagVersions(String taxonomy, String gazetteer, String sdgModel) {
    }
}
