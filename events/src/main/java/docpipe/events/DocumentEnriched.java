package docpipe.events;

import java.time.Instant;
import java.util.List;

/**
 * The enrich service tagged every paragraph of a document. {@code references} are the UN symbols the
 * document cites (every {@code doc:} entity); {@code taxonomyVersion}, {@code gazetteerVersion} and
 * {@code sdgModelVersion} (the learned SDG classifier; null in events from before it existed) tell which
 * data produced the tags, so stored documents can be re-enriched after a change.
 */
public record DocumentEnriched(
        int schemaVersion,
        DocumentId documentId,
        String fileName,
        Instant receivedAt,
        Instant enrichedAt,
        ParsedDocument.Metadata metadata,
        List<EnrichedParagraph> paragraphs,
        List<String> references,
        String taxonomyVersion,
        String gazetteerVersion,
        String sdgModelVersion) {

    public static final int SCHEMA_VERSION = 1;

    public DocumentEnriched {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        references = references == null ? List.of() : List.copyOf(references);
    }

    public DocumentEnriched(DocumentId documentId, String fileName, Instant receivedAt, Instant enrichedAt,
                            ParsedDocument.Metadata metadata, List<EnrichedParagraph> paragraphs,
                            List<String> references, String taxonomyVersion, String gazetteerVersion,
                            String sdgModelVersion) {
        this(SCHEMA_VERSION, documentId, fileName, receivedAt, enrichedAt, metadata, paragraphs, references,
                taxonomyVersion, gazetteerVersion, sdgModelVersion);
    }

    /** An event without an SDG model version (its tags came from data that had none). */
    public DocumentEnriched(DocumentId documentId, String fileName, Instant receivedAt, Instant enrichedAt,
                            ParsedDocument.Metadata metadata, List<EnrichedParagraph> paragraphs,
                            List<String> references, String taxonomyVersion, String gazetteerVersion) {
        this(documentId, fileName, receivedAt, enrichedAt, metadata, paragraphs, references, taxonomyVersion,
                gazetteerVersion, null);
    }

    /** A parsed paragraph with its tags. */
    public record EnrichedParagraph(ParsedDocument.Paragraph paragraph, Annotations annotations) {
    }
}
