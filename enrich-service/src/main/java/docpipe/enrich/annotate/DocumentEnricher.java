package docpipe.enrich.annotate;

import docpipe.enrich.citations.Citations;
import docpipe.enrich.entities.DocumentVocabulary;
import docpipe.enrich.themes.DocumentProfile;
import docpipe.enrich.themes.TopicEvidence;
import docpipe.events.DocumentEnriched;
import docpipe.events.DocumentEnriched.EnrichedParagraph;
import docpipe.events.DocumentParsed;
import docpipe.events.ParagraphKind;
import docpipe.events.ParsedDocument.Paragraph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Enriches a whole parsed document in reading order, with the document's own context: abbreviations it
 * defines ({@code 联合国开发计划署(开发署)}) apply to the rest of it, and a paragraph's section headings
 * lend it their themes at reduced weight. Plain Java, thread-safe (all state is per call).
 */
public final class DocumentEnricher {

    private final Annotator annotator;

    public DocumentEnricher(Annotator annotator) {
        this.annotator = annotator;
    }

    public DocumentEnriched enrich(DocumentParsed parsed, Instant now) {
        var metadata = parsed.document().metadata();
        var paragraphs = parsed.document().paragraphs();
        // parse has read the document's language from its opening (null when it did not tell); each paragraph
        // keeps it unless its own script says otherwise (Annotator), so the document is not guessed again here.
        String language = metadata.language();
        var vocabulary = new DocumentVocabulary(metadata.symbol());
        Map<String, TopicEvidence> headingEvidence = new HashMap<>();
        var enriched = new ArrayList<EnrichedParagraph>(paragraphs.size());
        for (Paragraph paragraph : paragraphs) {
            var headings = paragraph.kind() == ParagraphKind.HEADING ? List.<TopicEvidence>of()
                    : paragraph.sectionPath().stream()
                    .map(h -> headingEvidence.computeIfAbsent(h, k -> annotator.annotate(k, language,
                            new DocumentVocabulary(), List.of()).evidence()))
                    .toList();
            var annotated = annotator.annotate(paragraph.text(), language, vocabulary, headings);
            enriched.add(new EnrichedParagraph(paragraph, annotated.annotations()));
        }
        var references = Citations.references(
                enriched.stream().map(p -> p.annotations().entities()).toList(), metadata.symbol());
        return new DocumentEnriched(parsed.documentId(), parsed.fileName(), parsed.receivedAt(), now, metadata,
                enriched, references, annotator.taxonomyVersion(), annotator.gazetteerVersion(),
                annotator.sdgModelVersion());
    }

    /**
     * The document's theme and SDG profile (paragraph counts and mean scores). The event has no field for
     * it yet, so a consumer derives it from the enriched paragraphs.
     */
    public static DocumentProfile profile(DocumentEnriched enriched) {
        return DocumentProfile.of(enriched.paragraphs().stream().map(EnrichedParagraph::annotations).toList());
    }
}
