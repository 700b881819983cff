package docpipe.events;

import java.time.Instant;
import java.util.List;

/**
 * The enrich service tagged every paragraph of a document. {@code references} are the UN symbols the
 * document cites (every {@code doc:} entity); {@code taxonomyVersion} and {@code gazetteerVersion}
 * tell which data produced the tags, so stored documents can be re-enriched after a change.
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
        String gazetteerVersion) {

    public static final int SCHEMA_VERSION = 1;

    public DocumentEnriched {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        references = references == null ? List.of() : List.copyOf(references);
    }

    public DocumentEnriched(DocumentId documentId, String fileName, Instant receivedAt, Instant enrichedAt,
                            ParsedDocument.Metadata metadata, List<EnrichedParagraph> paragraphs,
                            List<String> references, String taxonomyVersion, String gazetteerVersion) {
        this(SCHEMA_VERSION, documentId, fileName, receivedAt, enrichedAt, metadata, paragraphs, references,
                taxonomyVersion, gazetteerVersion);
    }

    /** A parsed paragraph with its tags. */
    public record EnrichedParagraph(ParsedDocument.Paragraph paragraph, Annotations annotations) {
    }
}
