package docpipe.query.search;

import docpipe.events.Annotations;
import docpipe.events.Annotations.EntityMention;
import docpipe.events.DocumentEnriched.EnrichedParagraph;
import docpipe.events.ParsedDocument;
import docpipe.untext.UnSymbols;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the search index holds, field by field, and how a paragraph of an enriched document becomes a Lucene
 * document: its text in the field of its language ({@link TextAnalysis}), its tags and its document's metadata as
 * keyword fields for the filters and as facet values ({@link #FACETS}) for the counts. One marker document per document carries its
 * enrichment time. {@link #VERSION} changes with any of this; an index of another version is rebuilt.
 */
final class IndexSchema {

    /** Changes with the fields or their analysis; an index of another version is rebuilt from the topic. */
    static final String VERSION = "5-paragraph-language-from-un-text";

    static final String DOCUMENT_ID = "documentId";
    static final String INDEX = "index";
    static final String THEME = "theme";
    static final String SDG = "sdg";
    static final String ENTITY = "entity";
    static final String ENTITY_TYPE = "entityType";
    static final String TYPE = "type";
    static final String LANGUAGE = "language";
    static final String SYMBOL = "symbol";
    static final String DATE = "date";
    /** The marker document of a document: its id and {@link #ENRICHED_AT}; it has none of the paragraph fields. */
    static final String MARKER = "document";
    static final String ENRICHED_AT = "enrichedAt";

    /** Ranked: best first, then document order, so pages are stable. */
    static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, new SortField(DOCUMENT_ID, SortField.Type.STRING),
            new SortField(INDEX, SortField.Type.LONG));
    /** Filters only: document order. */
    static final Sort IN_DOCUMENT_ORDER = new Sort(new SortField(DOCUMENT_ID, SortField.Type.STRING),
            new SortField(INDEX, SortField.Type.LONG));

    /** Between an entity's type and name in its facet label (the facet module keeps U+001F for itself). */
    static final char LABEL_SEPARATOR = '\u001e';

    /**
     * The facet dimensions, counted by lucene-facet from one sorted-set doc-values field (no taxonomy index to keep
     * beside this one). Entities are a hierarchy of id, then "type U+001E name", so a paragraph counts once per
     * entity id whatever names it was found under. No drill-down terms: the filters have their own keyword fields.
     */
    static final FacetsConfig FACETS = facetsConfig();

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : new String[] {THEME, SDG, ENTITY, LANGUAGE, TYPE}) {
            config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
        }
        config.setMultiValued(THEME, true);
        config.setMultiValued(SDG, true);
        config.setMultiValued(ENTITY, true);
        config.setHierarchical(ENTITY, true);
        return config;
    }

    private IndexSchema() {
    }

    /** The marker of a document: its id and the enrichment time of what is indexed. */
    static Document marker(String documentId, long enrichedAt) {
        Document marker = new Document();
        marker.add(new StringField(MARKER, documentId, Field.Store.NO));
        marker.add(new SortedDocValuesField(MARKER, new BytesRef(documentId)));
        marker.add(new NumericDocValuesField(ENRICHED_AT, enrichedAt));
        return marker;
    }

    /** One paragraph with its tags and its document's metadata. */
    static Document paragraph(String documentId, ParsedDocument.Metadata m, EnrichedParagraph ep) {
        ParsedDocument.Paragraph p = ep.paragraph();
        Annotations a = ep.annotations() == null ? Annotations.EMPTY : ep.annotations();
        Document doc = new Document();
        doc.add(new StringField(DOCUMENT_ID, documentId, Field.Store.NO));
        doc.add(new SortedDocValuesField(DOCUMENT_ID, new BytesRef(documentId)));
        doc.add(new NumericDocValuesField(INDEX, p.index()));
        String text = p.text() == null ? "" : p.text();
        TextAnalysis.TextField field = TextAnalysis.fieldFor(text, m == null ? null : m.language());
        doc.add(new TextField(field.field, text, Field.Store.NO));
        a.themes().stream().map(Annotations.ThemeTag::id).distinct().forEach(t -> keyword(doc, THEME, t));
        a.sdgs().stream().map(g -> String.valueOf(g.goal())).distinct().forEach(g -> keyword(doc, SDG, g));
        Set<String> entities = new LinkedHashSet<>();
        Set<String> entityTypes = new LinkedHashSet<>();
        for (EntityMention e : a.entities()) {
            if (e.id() != null && entities.add(e.id())) {
                doc.add(new StringField(ENTITY, e.id(), Field.Store.NO));
                String name = e.name() != null ? e.name() : e.text();
                doc.add(new SortedSetDocValuesFacetField(ENTITY, e.id(),
                        (e.type() == null ? "" : e.type().name()) + LABEL_SEPARATOR + (name == null ? "" : name)));
            }
            if (e.type() != null && entityTypes.add(e.type().name())) {
                doc.add(new StringField(ENTITY_TYPE, e.type().name(), Field.Store.NO));
            }
        }
        if (m != null) {
            if (m.type() != null) {
                keyword(doc, TYPE, m.type().name());
            }
            if (m.language() != null) {
                keyword(doc, LANGUAGE, m.language());
            }
            String symbol = UnSymbols.key(m.symbol());
            if (symbol != null) {
                doc.add(new StringField(SYMBOL, symbol, Field.Store.NO));
            }
            if (m.date() != null) {
                doc.add(new StringField(DATE, m.date(), Field.Store.NO));
            }
        }
        try {
            return FACETS.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value to filter on and to count in the facets. */
    private static void keyword(Document doc, String field, String value) {
        doc.add(new StringField(field, value, Field.Store.NO));
        if (!value.isEmpty()) {
            doc.add(new SortedSetDocValuesFacetField(field, value));
        }
    }

}
