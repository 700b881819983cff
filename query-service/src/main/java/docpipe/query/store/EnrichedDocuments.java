package docpipe.query.store;

import docpipe.events.Annotations;
import docpipe.events.Annotations.EntityMention;
import docpipe.events.DocumentEnriched;
import docpipe.events.DocumentEnriched.EnrichedParagraph;
import docpipe.events.EntityType;
import docpipe.events.ParsedDocument;
import docpipe.unsymbols.UnSymbols;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Maps a {@link DocumentEnriched} event to the BSON of the read model. */
final class EnrichedDocuments {

    private static final int MAX_ALIASES = 10;

    private EnrichedDocuments() {
    }

    static String paragraphId(String documentId, int index) {
        return documentId + ":" + index;
    }

    /** The fields of the document entry that the event sets (the status is handled apart). */
    static Document documentFields(DocumentEnriched event) {
        ParsedDocument.Metadata m = event.metadata();
        List<EnrichedParagraph> paragraphs = event.paragraphs();
        Document fields = new Document()
                .append("fileName", event.fileName())
                .append("receivedAt", date(event.receivedAt()))
                .append("enrichedAt", date(event.enrichedAt()))
                .append("metadata", metadata(m))
                .append("symbolKey", m == null ? null : UnSymbols.key(m.symbol()))
                .append("type", m == null ? null : stored(m.type()))
                .append("language", m == null ? null : m.language())
                .append("date", m == null ? null : m.date())
                .append("paragraphCount", paragraphs.size())
                .append("taxonomyVersion", event.taxonomyVersion())
                .append("gazetteerVersion", event.gazetteerVersion())
                .append("sdgModelVersion", event.sdgModelVersion());
        List<Document> themes = themeProfile(paragraphs);
        List<Document> sdgs = sdgProfile(paragraphs);
        List<Document> entities = entityProfile(paragraphs);
        fields.append("themes", themes)
                .append("themeIds", themes.stream().map(t -> t.getString("id")).toList())
                .append("sdgs", sdgs)
                .append("sdgGoals", sdgs.stream().map(s -> s.getInteger("goal")).toList())
                .append("entities", entities)
                .append("entityIds", entities.stream().map(e -> e.getString("id")).toList())
                .append("references", references(event));
        return fields;
    }

    static List<Document> paragraphs(DocumentEnriched event) {
        String documentId = event.documentId().value();
        ParsedDocument.Metadata m = event.metadata();
        List<Document> out = new ArrayList<>(event.paragraphs().size());
        for (EnrichedParagraph ep : event.paragraphs()) {
            ParsedDocument.Paragraph p = ep.paragraph();
            Annotations a = ep.annotations() == null ? Annotations.EMPTY : ep.annotations();
            Set<String> entityIds = new LinkedHashSet<>();
            a.entities().forEach(e -> entityIds.add(e.id()));
            out.add(new Document("_id", paragraphId(documentId, p.index()))
                    .append("documentId", documentId)
                    .append("index", p.index())
                    .append("number", p.number())
                    .append("kind", stored(p.kind()))
                    .append("role", stored(p.role()))
                    .append("sectionPath", p.sectionPath())
                    .append("text", p.text())
                    .append("page", p.page())
                    .append("footnotes", p.footnotes())
                    .append("themes", a.themes().stream()
                            .map(t -> new Document("id", t.id()).append("score", t.score())
                                    .append("evidence", t.evidence())).toList())
                    .append("sdgs", a.sdgs().stream()
                            .map(s -> new Document("goal", s.goal()).append("score", s.score())
                                    .append("evidence", s.evidence())).toList())
                    .append("entities", a.entities().stream().map(e -> new Document("id", e.id())
                            .append("type", stored(e.type())).append("text", e.text()).append("name", name(e))
                            .append("start", e.start()).append("end", e.end())).toList())
                    .append("entityIds", List.copyOf(entityIds))
                    .append("symbol", m == null ? null : m.symbol())
                    .append("title", m == null ? null : m.title())
                    .append("type", m == null ? null : stored(m.type()))
                    .append("language", m == null ? null : m.language())
                    .append("date", m == null ? null : m.date())
                    .append("enrichedAt", date(event.enrichedAt())));
        }
        return out;
    }

    /** A closed vocabulary's value as the read model stores it: its name, a plain string. */
    private static String stored(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Document metadata(ParsedDocument.Metadata m) {
        if (m == null) {
            return null;
        }
        return new Document("symbol", m.symbol()).append("title", m.title()).append("language", m.language())
                .append("type", stored(m.type())).append("date", m.date()).append("session", m.session())
                .append("agendaItem", m.agendaItem()).append("agendaItems", m.agendaItems())
                .append("pageCount", m.pageCount());
    }

    /** Themes by the number of paragraphs tagged with them, most frequent first. */
    private static List<Document> themeProfile(List<EnrichedParagraph> paragraphs) {
        Map<String, Integer> counts = new TreeMap<>();
        for (EnrichedParagraph p : paragraphs) {
            annotations(p).themes().stream().map(Annotations.ThemeTag::id).distinct()
                    .forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> new Document("id", e.getKey()).append("count", e.getValue())).toList();
    }

    private static List<Document> sdgProfile(List<EnrichedParagraph> paragraphs) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (EnrichedParagraph p : paragraphs) {
            annotations(p).sdgs().stream().map(Annotations.SdgTag::goal).distinct()
                    .forEach(goal -> counts.merge(goal, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed())
                .map(e -> new Document("goal", e.getKey()).append("count", e.getValue())).toList();
    }

    /** Entities by the number of mentions, with the surface forms seen so the catalogue can find them by either. */
    private static List<Document> entityProfile(List<EnrichedParagraph> paragraphs) {
        Map<String, Document> byId = new TreeMap<>();
        for (EnrichedParagraph p : paragraphs) {
            for (EntityMention e : annotations(p).entities()) {
                Document entry = byId.computeIfAbsent(e.id(), id -> new Document("id", id)
                        .append("type", stored(e.type()))
                        .append("name", name(e)).append("count", 0).append("aliases", new ArrayList<String>()));
                entry.put("count", entry.getInteger("count") + 1);
                @SuppressWarnings("unchecked")
                List<String> aliases = (List<String>) entry.get("aliases");
                if (e.text() != null && !aliases.contains(e.text()) && aliases.size() < MAX_ALIASES) {
                    aliases.add(e.text());
                }
            }
        }
        return byId.values().stream()
                .sorted(Comparator.comparing((Document d) -> d.getInteger("count")).reversed()).toList();
    }

    /** The symbols the document cites: the event's references and every DOCUMENT entity, itself excluded. */
    private static List<String> references(DocumentEnriched event) {
        Set<String> symbols = new LinkedHashSet<>();
        event.references().forEach(r -> addSymbol(symbols, r));
        for (EnrichedParagraph p : event.paragraphs()) {
            for (EntityMention e : annotations(p).entities()) {
                if (e.type() == EntityType.DOCUMENT || (e.id() != null && e.id().startsWith("doc:"))) {
                    addSymbol(symbols, e.id());
                }
            }
        }
        if (event.metadata() != null) {
            symbols.remove(UnSymbols.key(event.metadata().symbol()));
        }
        return List.copyOf(symbols);
    }

    private static void addSymbol(Set<String> symbols, String symbol) {
        String key = UnSymbols.key(symbol);
        if (key != null) {
            symbols.add(key);
        }
    }

    private static Annotations annotations(EnrichedParagraph p) {
        return p.annotations() == null ? Annotations.EMPTY : p.annotations();
    }

    private static String name(EntityMention e) {
        return e.name() != null ? e.name() : e.text();
    }

    private static Date date(java.time.Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
