package docpipe.query.documents;

import docpipe.events.Stage;
import docpipe.query.store.PipelineStatus;
import docpipe.query.store.StoredDocument;
import docpipe.query.store.StoredParagraph;

import java.time.Instant;
import java.util.List;

/** The JSON shapes of the document endpoints (the public contract), built from the typed read model. */
public final class Views {

    private Views() {
    }

    public record StatusView(String stage, Stage failedStage, String error, Instant updatedAt) {
    }

    public record MetadataView(String symbol, String title, String language, String type, String date,
                               String session, String agendaItem, List<String> agendaItems, Integer pageCount) {
    }

    public record ThemeCount(String id, int count) {
    }

    public record SdgCount(int goal, int count) {
    }

    public record EntityCount(String id, String type, String name, int count) {
    }

    public record Reference(String symbol, String documentId) {
    }

    public record ThemeScore(String id, double score, List<String> evidence) {
    }

    public record SdgScore(int goal, double score, List<String> evidence) {
    }

    public record Mention(String id, String type, String text, String name, int start, int end) {
    }

    public record DocumentView(String id, String fileName, StatusView status, MetadataView metadata,
                               Integer paragraphCount, List<ThemeCount> themes, List<SdgCount> sdgs,
                               List<EntityCount> entities, List<Reference> references, List<Reference> citedBy,
                               Instant receivedAt, Instant enrichedAt) {
    }

    public record DocumentSummary(String id, String fileName, StatusView status, MetadataView metadata,
                                  Integer paragraphCount, List<ThemeCount> themes, List<SdgCount> sdgs) {
    }

    public record ParagraphView(String documentId, int index, String number, String kind, String role,
                                List<String> sectionPath, String text, Integer page, List<ThemeScore> themes,
                                List<SdgScore> sdgs, List<Mention> entities, List<String> footnotes) {
    }

    public record FailureView(String id, String fileName, Stage failedStage, String error, Instant failedAt) {
    }

    static StatusView status(PipelineStatus s) {
        return s == null ? null : new StatusView(s.stage().name(), s.failedStage(), s.error(), s.at());
    }

    static MetadataView metadata(StoredDocument.Metadata m) {
        return m == null ? null : new MetadataView(m.symbol(), m.title(), m.language(), m.type(), m.date(),
                m.session(), m.agendaItem(), m.agendaItems(), m.pageCount());
    }

    static List<ThemeCount> themeCounts(StoredDocument d) {
        return d.themes().stream().map(t -> new ThemeCount(t.id(), t.count())).toList();
    }

    static List<SdgCount> sdgCounts(StoredDocument d) {
        return d.sdgs().stream().map(s -> new SdgCount(s.goal(), s.count())).toList();
    }

    static List<EntityCount> entityCounts(StoredDocument d) {
        return d.entities().stream().map(e -> new EntityCount(e.id(), e.type(), e.name(), e.count())).toList();
    }

    static DocumentView document(StoredDocument d, List<Reference> references, List<Reference> citedBy) {
        return new DocumentView(d.id().value(), d.fileName(), status(d.status()), metadata(d.metadata()),
                d.paragraphCount(), themeCounts(d), sdgCounts(d), entityCounts(d), references, citedBy,
                d.receivedAt(), d.enrichedAt());
    }

    static DocumentSummary summary(StoredDocument d) {
        return new DocumentSummary(d.id().value(), d.fileName(), status(d.status()), metadata(d.metadata()),
                d.paragraphCount(), themeCounts(d), sdgCounts(d));
    }

    static FailureView failure(StoredDocument d) {
        StatusView s = status(d.status());
        return new FailureView(d.id().value(), d.fileName(), s == null ? null : s.failedStage(),
                s == null ? null : s.error(), s == null ? null : s.updatedAt());
    }

    static ParagraphView paragraph(StoredParagraph p) {
        return new ParagraphView(p.documentId().value(), p.index(), p.number(), p.kind(), p.role(), p.sectionPath(),
                p.text(), p.page(), themeScores(p), sdgScores(p), mentions(p), p.footnotes());
    }

    public static List<ThemeScore> themeScores(StoredParagraph p) {
        return p.themes().stream().map(t -> new ThemeScore(t.id(), t.score(), t.evidence())).toList();
    }

    public static List<SdgScore> sdgScores(StoredParagraph p) {
        return p.sdgs().stream().map(s -> new SdgScore(s.goal(), s.score(), s.evidence())).toList();
    }

    public static List<Mention> mentions(StoredParagraph p) {
        return p.entities().stream()
                .map(e -> new Mention(e.id(), e.type(), e.text(), e.name(), e.start(), e.end())).toList();
    }
}
