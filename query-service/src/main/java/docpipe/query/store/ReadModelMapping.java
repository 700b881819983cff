package docpipe.query.store;

import docpipe.events.DocumentId;
import docpipe.events.Stage;
import docpipe.query.store.StoredDocument.EntityCount;
import docpipe.query.store.StoredDocument.Metadata;
import docpipe.query.store.StoredDocument.SdgCount;
import docpipe.query.store.StoredDocument.TagVersions;
import docpipe.query.store.StoredDocument.ThemeCount;
import docpipe.query.store.StoredParagraph.Mention;
import docpipe.query.store.StoredParagraph.SdgScore;
import docpipe.query.store.StoredParagraph.Source;
import docpipe.query.store.StoredParagraph.ThemeScore;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

/**
 * The one place that knows the BSON of the read model: every field name, and the mapping of {@link StoredDocument},
 * {@link StoredParagraph} and {@link PipelineStatus} to BSON and back. Queries and indexes use these names. Reading
 * is lenient the way stored data needs: a field a projection left out, or an older entry never had, reads as null
 * or empty, and a number reads whatever numeric type it was stored as. The layout is listed in the README.
 * (Written by hand rather than with the driver's record codecs: the queries filter, sort and project on these names
 * anyway, the flat copies are written but never read back, and entries of older versions need lenient reads.)
 */
final class ReadModelMapping {

    static final String ID = "_id";

    // documents
    static final String FILE_NAME = "fileName";
    static final String STATUS = "status";
    static final String RECEIVED_AT = "receivedAt";
    static final String ENRICHED_AT = "enrichedAt";
    static final String METADATA = "metadata";
    static final String PARAGRAPH_COUNT = "paragraphCount";
    static final String TAXONOMY_VERSION = "taxonomyVersion";
    static final String GAZETTEER_VERSION = "gazetteerVersion";
    static final String SDG_MODEL_VERSION = "sdgModelVersion";
    static final String THEMES = "themes";
    static final String SDGS = "sdgs";
    static final String ENTITIES = "entities";
    static final String REFERENCES = "references";
    // flat copies on a document entry, for filters, sorting and the catalogue (written, never read back)
    static final String SYMBOL_KEY = "symbolKey";
    static final String THEME_IDS = "themeIds";
    static final String SDG_GOALS = "sdgGoals";
    static final String ENTITY_IDS = "entityIds";

    // status
    static final String STAGE = "stage";
    static final String FAILED_STAGE = "failedStage";
    static final String ERROR = "error";
    static final String AT = "at";
    static final String RUN_AT = "runAt";
    static final String STATUS_STAGE = STATUS + "." + STAGE;
    static final String STATUS_AT = STATUS + "." + AT;

    // metadata, and the document fields copied onto document entries and paragraphs
    static final String SYMBOL = "symbol";
    static final String TITLE = "title";
    static final String LANGUAGE = "language";
    static final String TYPE = "type";
    static final String DATE = "date";
    static final String SESSION = "session";
    static final String AGENDA_ITEM = "agendaItem";
    static final String AGENDA_ITEMS = "agendaItems";
    static final String PAGE_COUNT = "pageCount";
    static final String METADATA_SYMBOL = METADATA + "." + SYMBOL;

    // paragraphs
    static final String DOCUMENT_ID = "documentId";
    static final String INDEX = "index";
    static final String NUMBER = "number";
    static final String KIND = "kind";
    static final String ROLE = "role";
    static final String SECTION_PATH = "sectionPath";
    static final String TEXT = "text";
    static final String PAGE = "page";
    static final String FOOTNOTES = "footnotes";

    // tags and profiles
    static final String TAG_ID = "id";
    static final String GOAL = "goal";
    static final String COUNT = "count";
    static final String SCORE = "score";
    static final String EVIDENCE = "evidence";
    static final String NAME = "name";
    static final String ALIASES = "aliases";
    static final String START = "start";
    static final String END = "end";

    private ReadModelMapping() {
    }

    /** The fields an enrichment sets on a document entry: all but its id and status, with the flat copies. */
    static Document content(StoredDocument d) {
        Metadata m = d.metadata();
        return new Document()
                .append(FILE_NAME, d.fileName())
                .append(RECEIVED_AT, date(d.receivedAt()))
                .append(ENRICHED_AT, date(d.enrichedAt()))
                .append(METADATA, m == null ? null : metadata(m))
                .append(SYMBOL_KEY, d.symbolKey())
                .append(TYPE, m == null ? null : m.type())
                .append(LANGUAGE, m == null ? null : m.language())
                .append(DATE, m == null ? null : m.date())
                .append(PARAGRAPH_COUNT, d.paragraphCount())
                .append(TAXONOMY_VERSION, d.versions() == null ? null : d.versions().taxonomy())
                .append(GAZETTEER_VERSION, d.versions() == null ? null : d.versions().gazetteer())
                .append(SDG_MODEL_VERSION, d.versions() == null ? null : d.versions().sdgModel())
                .append(THEMES, d.themes().stream().map(t -> new Document(TAG_ID, t.id()).append(COUNT, t.count())).toList())
                .append(THEME_IDS, d.themes().stream().map(ThemeCount::id).toList())
                .append(SDGS, d.sdgs().stream().map(s -> new Document(GOAL, s.goal()).append(COUNT, s.count())).toList())
                .append(SDG_GOALS, d.sdgs().stream().map(SdgCount::goal).toList())
                .append(ENTITIES, d.entities().stream().map(e -> new Document(TAG_ID, e.id()).append(TYPE, e.type())
                        .append(NAME, e.name()).append(COUNT, e.count()).append(ALIASES, e.aliases())).toList())
                .append(ENTITY_IDS, d.entities().stream().map(EntityCount::id).toList())
                .append(REFERENCES, d.references());
    }

    static StoredDocument document(Document d) {
        Document m = d.get(METADATA, Document.class);
        Document status = d.get(STATUS, Document.class);
        boolean versioned = d.containsKey(TAXONOMY_VERSION) || d.containsKey(GAZETTEER_VERSION)
                || d.containsKey(SDG_MODEL_VERSION);
        return new StoredDocument(DocumentId.of(d.getString(ID)), d.getString(FILE_NAME),
                status == null ? null : status(status), instant(d, RECEIVED_AT), instant(d, ENRICHED_AT),
                m == null ? null : metadata(m), d.getString(SYMBOL_KEY), integer(d, PARAGRAPH_COUNT),
                list(d, THEMES, t -> new ThemeCount(t.getString(TAG_ID), count(t))),
                list(d, SDGS, s -> new SdgCount(count(s, GOAL), count(s))),
                list(d, ENTITIES, e -> new EntityCount(e.getString(TAG_ID), e.getString(TYPE), e.getString(NAME),
                        count(e), e.getList(ALIASES, String.class, List.of()))),
                d.getList(REFERENCES, String.class, List.of()),
                versioned ? new TagVersions(d.getString(TAXONOMY_VERSION), d.getString(GAZETTEER_VERSION),
                        d.getString(SDG_MODEL_VERSION)) : null);
    }

    private static Document metadata(Metadata m) {
        return new Document(SYMBOL, m.symbol()).append(TITLE, m.title()).append(LANGUAGE, m.language())
                .append(TYPE, m.type()).append(DATE, m.date()).append(SESSION, m.session())
                .append(AGENDA_ITEM, m.agendaItem()).append(AGENDA_ITEMS, m.agendaItems())
                .append(PAGE_COUNT, m.pageCount());
    }

    private static Metadata metadata(Document m) {
        return new Metadata(m.getString(SYMBOL), m.getString(TITLE), m.getString(LANGUAGE), m.getString(TYPE),
                m.getString(DATE), m.getString(SESSION), m.getString(AGENDA_ITEM),
                m.getList(AGENDA_ITEMS, String.class, List.of()), integer(m, PAGE_COUNT));
    }

    static Document paragraph(StoredParagraph p) {
        Source s = p.source();
        return new Document(ID, p.id().value())
                .append(DOCUMENT_ID, p.documentId().value())
                .append(INDEX, p.index())
                .append(NUMBER, p.number())
                .append(KIND, p.kind())
                .append(ROLE, p.role())
                .append(SECTION_PATH, p.sectionPath())
                .append(TEXT, p.text())
                .append(PAGE, p.page())
                .append(FOOTNOTES, p.footnotes())
                .append(THEMES, p.themes().stream().map(t -> new Document(TAG_ID, t.id()).append(SCORE, t.score())
                        .append(EVIDENCE, t.evidence())).toList())
                .append(SDGS, p.sdgs().stream().map(g -> new Document(GOAL, g.goal()).append(SCORE, g.score())
                        .append(EVIDENCE, g.evidence())).toList())
                .append(ENTITIES, p.entities().stream().map(e -> new Document(TAG_ID, e.id()).append(TYPE, e.type())
                        .append(TEXT, e.text()).append(NAME, e.name()).append(START, e.start())
                        .append(END, e.end())).toList())
                .append(ENTITY_IDS, p.entityIds())
                .append(SYMBOL, s.symbol())
                .append(TITLE, s.title())
                .append(TYPE, s.type())
                .append(LANGUAGE, s.language())
                .append(DATE, s.date())
                .append(ENRICHED_AT, date(p.enrichedAt()));
    }

    static StoredParagraph paragraph(Document p) {
        String documentId = p.getString(DOCUMENT_ID);
        ParagraphId id = documentId == null ? ParagraphId.parse(p.getString(ID))
                : new ParagraphId(DocumentId.of(documentId), count(p, INDEX));
        return new StoredParagraph(id, p.getString(NUMBER), p.getString(KIND), p.getString(ROLE),
                p.getList(SECTION_PATH, String.class, List.of()), p.getString(TEXT), integer(p, PAGE),
                p.getList(FOOTNOTES, String.class, List.of()),
                list(p, THEMES, t -> new ThemeScore(t.getString(TAG_ID), decimal(t, SCORE),
                        t.getList(EVIDENCE, String.class, List.of()))),
                list(p, SDGS, s -> new SdgScore(count(s, GOAL), decimal(s, SCORE),
                        s.getList(EVIDENCE, String.class, List.of()))),
                list(p, ENTITIES, e -> new Mention(e.getString(TAG_ID), e.getString(TYPE), e.getString(TEXT),
                        e.getString(NAME), count(e, START), count(e, END))),
                new Source(p.getString(SYMBOL), p.getString(TITLE), p.getString(TYPE), p.getString(LANGUAGE),
                        p.getString(DATE)),
                instant(p, ENRICHED_AT));
    }

    static Document status(PipelineStatus status) {
        return new Document(STAGE, status.stage().name())
                .append(FAILED_STAGE, status.failedStage() == null ? null : status.failedStage().name())
                .append(ERROR, status.error())
                .append(AT, Date.from(status.at()))
                .append(RUN_AT, Date.from(status.runAt()));
    }

    /** A status; one written before runs were tracked has no {@code runAt} and counts its own time as the run's start. */
    static PipelineStatus status(Document status) {
        Instant at = instant(status, AT);
        Instant runAt = instant(status, RUN_AT);
        return new PipelineStatus(Stage.valueOf(status.getString(STAGE)), Stage.fromName(status.getString(FAILED_STAGE)),
                status.getString(ERROR), at, runAt == null ? at : runAt);
    }

    private static <T> List<T> list(Document d, String field, Function<Document, T> read) {
        return d.getList(field, Document.class, List.of()).stream().map(read).toList();
    }

    private static int count(Document d) {
        return count(d, COUNT);
    }

    private static int count(Document d, String field) {
        return d.get(field) instanceof Number n ? n.intValue() : 0;
    }

    private static Integer integer(Document d, String field) {
        return d.get(field) instanceof Number n ? n.intValue() : null;
    }

    private static double decimal(Document d, String field) {
        return d.get(field) instanceof Number n ? n.doubleValue() : 0;
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
