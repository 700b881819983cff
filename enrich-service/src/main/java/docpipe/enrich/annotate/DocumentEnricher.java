package docpipe.enrich.annotate;

import docpipe.events.DocumentEnriched;
import docpipe.events.DocumentParsed;

import java.time.Instant;
import java.util.List;

/**
 * Enriches a whole parsed document: every paragraph, with the document's own context (abbreviations
 * it defines, section headings). Plain Java, thread-safe.
 * PLACEHOLDER: annotates each paragraph on its own; replaced by the full enricher.
 */
public final class DocumentEnricher {

    private final Annotator annotator;

    public DocumentEnricher(Annotator annotator) {
        this.annotator = annotator;
    }

    public DocumentEnriched enrich(DocumentParsed parsed, Instant now) {
        var metadata = parsed.document().metadata();
        var paragraphs = parsed.document().paragraphs().stream()
                .map(p -> new DocumentEnriched.EnrichedParagraph(p, annotator.annotate(p.text(), metadata.language())))
                .toList();
        return new DocumentEnriched(parsed.documentId(), parsed.fileName(), parsed.receivedAt(), now, metadata,
                paragraphs, List.of(), "0", "0");
    }
}
