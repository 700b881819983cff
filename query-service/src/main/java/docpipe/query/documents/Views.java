package docpipe.query.documents;

import docpipe.events.Stage;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/** The JSON shapes of the document endpoints, read from the BSON of the read model. */
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

    static StatusView status(Document d) {
        Document s = d.get("status", Document.class);
        if (s == null) {
            return null;
        }
        // Stage.fromName also reads what documents stored before the failed stage was a Stage ("PARSE")
        return new StatusView(s.getString("stage"), Stage.fromName(s.getString("failedStage")), s.getString("error"),
                instant(s, "at"));
    }

    public static MetadataView metadata(Document d) {
        Document m = d.get("metadata", Document.class);
        if (m == null) {
            return null;
        }
        return new MetadataView(m.getString("symbol"), m.getString("title"), m.getString("language"),
                m.getString("type"), m.getString("date"), m.getString("session"), m.getString("agendaItem"),
                m.getList("agendaItems", String.class, List.of()), m.getInteger("pageCount"));
    }

    static List<ThemeCount> themeCounts(Document d) {
        return d.getList("themes", Document.class, List.of()).stream()
                .map(t -> new ThemeCount(t.getString("id"), t.getInteger("count", 0))).toList();
    }

    static List<SdgCount> sdgCounts(Document d) {
        return d.getList("sdgs", Document.class, List.of()).stream()
                .map(s -> new SdgCount(s.getInteger("goal", 0), s.getInteger("count", 0))).toList();
    }

    static List<EntityCount> entityCounts(Document d) {
        return d.getList("entities", Document.class, List.of()).stream()
                .map(e -> new EntityCount(e.getString("id"), e.getString("type"), e.getString("name"),
                        e.getInteger("count", 0))).toList();
    }

    static DocumentSummary summary(Document d) {
        return new DocumentSummary(d.getString("_id"), d.getString("fileName"), status(d), metadata(d),
                d.getInteger("paragraphCount"), themeCounts(d), sdgCounts(d));
    }

    public static ParagraphView paragraph(Document p) {
        return new ParagraphView(p.getString("documentId"), p.getInteger("index", 0), p.getString("number"),
                p.getString("kind"), p.getString("role"), p.getList("sectionPath", String.class, List.of()),
                p.getString("text"), p.getInteger("page"), themeScores(p), sdgScores(p), mentions(p),
                p.getList("footnotes", String.class, List.of()));
    }

    public static List<ThemeScore> themeScores(Document p) {
        return p.getList("themes", Document.class, List.of()).stream()
                .map(t -> new ThemeScore(t.getString("id"), number(t.get("score")),
                        t.getList("evidence", String.class, List.of()))).toList();
    }

    public static List<SdgScore> sdgScores(Document p) {
        return p.getList("sdgs", Document.class, List.of()).stream()
                .map(s -> new SdgScore(s.getInteger("goal", 0), number(s.get("score")),
                        s.getList("evidence", String.class, List.of()))).toList();
    }

    public static List<Mention> mentions(Document p) {
        return p.getList("entities", Document.class, List.of()).stream()
                .map(e -> new Mention(e.getString("id"), e.getString("type"), e.getString("text"),
                        e.getString("name"), e.getInteger("start", 0), e.getInteger("end", 0))).toList();
    }

    static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }
}
