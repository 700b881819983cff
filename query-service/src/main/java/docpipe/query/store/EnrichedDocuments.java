package docpipe.query.store;

import docpipe.events.Annotations;
import docpipe.events.Annotations.EntityMention;
import docpipe.events.DocumentEnriched;
import docpipe.events.DocumentEnriched.EnrichedParagraph;
import docpipe.events.DocumentId;
import docpipe.events.ParsedDocument;
import docpipe.query.store.StoredDocument.EntityCount;
import docpipe.query.store.StoredDocument.Metadata;
import docpipe.query.store.StoredDocument.SdgCount;
import docpipe.query.store.StoredDocument.TagVersions;
import docpipe.query.store.StoredDocument.ThemeCount;
import docpipe.query.store.StoredParagraph.Mention;
import docpipe.query.store.StoredParagraph.SdgScore;
import docpipe.query.store.StoredParagraph.Source;
import docpipe.query.store.StoredParagraph.ThemeScore;
import docpipe.untext.UnSymbols;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Maps a {@link DocumentEnriched} event to the read model, once: the document's content with its tag profiles and
 * the symbols it cites, and its paragraphs. Every conversion from the event's types happens here.
 */
final class EnrichedDocuments {

    private static final int MAX_ALIASES = 10;

    private EnrichedDocuments() {
    }

    /** The document's content; its status is the store's business ({@code null} here). */
    static StoredDocument document(DocumentEnriched event) {
        ParsedDocument.Metadata m = event.metadata();
        List<EnrichedParagraph> paragraphs = event.paragraphs();
        return new StoredDocument(event.documentId(), event.fileName(), null, event.receivedAt(), event.enrichedAt(),
                metadata(m), m == null ? null : UnSymbols.key(m.symbol()), paragraphs.size(),
                themeProfile(paragraphs), sdgProfile(paragraphs), entityProfile(paragraphs), references(event),
                new TagVersions(event.taxonomyVersion(), event.gazetteerVersion(), event.sdgModelVersion()));
    }

    static List<StoredParagraph> paragraphs(DocumentEnriched event) {
        DocumentId documentId = event.documentId();
        ParsedDocument.Metadata m = event.metadata();
        Source source = m == null ? Source.NONE : new Source(m.symbol(), m.title(), stored(m.type()), m.language(), m.date());
        List<StoredParagraph> out = new ArrayList<>(event.paragraphs().size());
        for (EnrichedParagraph ep : event.paragraphs()) {
            ParsedDocument.Paragraph p = ep.paragraph();
            Annotations a = annotations(ep);
            out.add(new StoredParagraph(new ParagraphId(documentId, p.index()), p.number(), stored(p.kind()), stored(p.role()),
                    p.sectionPath(), p.text(), p.page(), p.footnotes(),
                    a.themes().stream().map(t -> new ThemeScore(t.id(), t.score(), t.evidence())).toList(),
                    a.sdgs().stream().map(s -> new SdgScore(s.goal(), s.score(), s.evidence())).toList(),
                    a.entities().stream().map(e -> new Mention(e.id(), stored(e.type()), e.text(), name(e), e.start(), e.end()))
                            .toList(),
                    source, event.enrichedAt()));
        }
        return out;
    }

    /** A closed vocabulary's value as the read model stores it: its name, a plain string. */
    private static String stored(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Metadata metadata(ParsedDocument.Metadata m) {
        return m == null ? null : new Metadata(m.symbol(), m.title(), m.language(), stored(m.type()), m.date(), m.session(),
                m.agendaItem(), m.agendaItems(), m.pageCount());
    }

    /** Themes by the number of paragraphs tagged with them, most frequent first. */
    private static List<ThemeCount> themeProfile(List<EnrichedParagraph> paragraphs) {
        Map<String, Integer> counts = new TreeMap<>();
        for (EnrichedParagraph p : paragraphs) {
            annotations(p).themes().stream().map(Annotations.ThemeTag::id).distinct()
                    .forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> new ThemeCount(e.getKey(), e.getValue())).toList();
    }

    private static List<SdgCount> sdgProfile(List<EnrichedParagraph> paragraphs) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (EnrichedParagraph p : paragraphs) {
            annotations(p).sdgs().stream().map(Annotations.SdgTag::goal).distinct()
                    .forEach(goal -> counts.merge(goal, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed())
                .map(e -> new SdgCount(e.getKey(), e.getValue())).toList();
    }

    /** Entities by the number of mentions, with the surface forms seen so the catalogue can find them by either. */
    private static List<EntityCount> entityProfile(List<EnrichedParagraph> paragraphs) {
        Map<String, EntityTally> byId = new TreeMap<>();
        for (EnrichedParagraph p : paragraphs) {
            for (EntityMention e : annotations(p).entities()) {
                byId.computeIfAbsent(e.id(), id -> new EntityTally(id, stored(e.type()), name(e))).add(e.text());
            }
        }
        return byId.values().stream().map(EntityTally::count)
                .sorted(Comparator.comparingInt(EntityCount::count).reversed()).toList();
    }

    private static final class EntityTally {
        private final String id;
        private final String type;
        private final String name;
        private final List<String> aliases = new ArrayList<>();
        private int mentions;

        EntityTally(String id, String type, String name) {
            this.id = id;
            this.type = type;
            this.name = name;
        }

        void add(String text) {
            mentions++;
            if (text != null && !aliases.contains(text) && aliases.size() < MAX_ALIASES) {
                aliases.add(text);
            }
        }

        EntityCount count() {
            return new EntityCount(id, type, name, mentions, aliases);
        }
    }

    /**
     * The symbols the document cites, in the form references are looked up by: the event's {@code references}, which
     * the enrich service makes from every {@code doc:} entity without the document's own symbol (it is not recomputed
     * here).
     */
    private static List<String> references(DocumentEnriched event) {
        Set<String> symbols = new LinkedHashSet<>();
        event.references().forEach(r -> addSymbol(symbols, r));
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
}
