package docpipe.query.search;

import docpipe.events.Annotations;
import docpipe.events.DocumentEnriched;
import docpipe.events.DocumentEnriched.EnrichedParagraph;
import docpipe.events.DocumentId;
import docpipe.events.DocumentType;
import docpipe.events.ParagraphKind;
import docpipe.events.ParsedDocument;
import docpipe.query.web.BadRequestException;
import docpipe.query.web.FilterParameters;
import docpipe.query.web.QueryParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Search in the six UN languages with Lucene's analyzers, on the official wording of SDG targets 5.5 and 4.1
 * (../shared/labels/sdg/texts) and English resolution text, and the query syntax users know.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchLanguagesTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    private final SearchIndex index = SearchIndex.inMemory();

    @BeforeAll
    void indexTheTargetsInEveryLanguage() {
        add("fr", "E/CN.3/FR", "Veiller à ce que les femmes participent pleinement et effectivement aux fonctions de "
                + "direction à tous les niveaux de décision, dans la vie politique, économique et publique, et y accèdent "
                + "sur un pied d’égalité");
        add("es", "E/CN.3/ES", "Asegurar la participación plena y efectiva de las mujeres y la igualdad de oportunidades "
                + "de liderazgo a todos los niveles decisorios en la vida política, económica y pública");
        add("ru", "E/CN.3/RU", "К 2030 году обеспечить, чтобы все девочки и мальчики завершали получение бесплатного, "
                + "равноправного и качественного начального и среднего образования, позволяющего добиться востребованных "
                + "и эффективных результатов обучения");
        add("ar", "E/CN.3/AR", "كفالة المشــاركة الكاملة والفعالة للمرأة وفرصــها المتســاوية مع الرجل في شـغل المناصـب "
                + "القيادية على جميع مسـتويات صـنع القرار في الحياة السياسية والاقتصادية والعامة");
        add("zh", "E/CN.3/ZH", "确保妇女全面有效参与各级政治、经济和公共生活的决策,并享有进入以上各级决策领导层的平等机会");
        add("en", "A/RES/76/270", "Encourages the participation of women in parliament and in public life at every level",
                "Requests the Secretary-General to report to the General Assembly", "Parliament hears women");
        add("zh", "A/79/ZH", "各国议会与联合国的互动", "The committees met with the delegations of the Member States");
    }

    @AfterAll
    void close() {
        index.close();
    }

    @Test
    void anEnglishParagraphInAChineseDocumentIsAnalysedAsEnglish() {
        // indexed under the paragraph's own language (un-text's reading), so English stemming finds the plural
        assertThat(symbols("delegation committee")).containsExactly("A/79/ZH");
    }

    @Test
    void findsAFrenchPluralByItsSingular() {
        assertThat(symbols("femme")).containsExactly("E/CN.3/FR");
        assertThat(symbols("fonction direction")).containsExactly("E/CN.3/FR");
    }

    @Test
    void findsSpanishWordsTypedWithoutTheirAccents() {
        assertThat(symbols("participacion economica")).containsExactly("E/CN.3/ES");
    }

    @Test
    void findsARussianWordInAnotherCase() {
        // the text has образования (genitive), the query the nominative
        assertThat(symbols("образование")).containsExactly("E/CN.3/RU");
    }

    @Test
    void findsAnArabicWordWithAndWithoutItsArticle() {
        // the text has الحياة and, with a drawn-out letter, المشــاركة
        assertThat(symbols("حياة")).containsExactly("E/CN.3/AR");
        assertThat(symbols("الحياة")).containsExactly("E/CN.3/AR");
        assertThat(symbols("المشاركة")).containsExactly("E/CN.3/AR");
    }

    @Test
    void findsAChineseWordInsideALongerCompound() {
        assertThat(symbols("领导")).containsExactly("E/CN.3/ZH");
        assertThat(symbols("决策")).containsExactly("E/CN.3/ZH");
        assertThat(symbols("级")).containsExactly("E/CN.3/ZH");
    }

    @Test
    void understandsPhrasesOrExclusionAndPrefixes() {
        assertThat(texts("\"women in parliament\"")).containsExactly(
                "Encourages the participation of women in parliament and in public life at every level");
        assertThat(texts("parliament -encourages")).containsExactly("Parliament hears women");
        assertThat(texts("secretary OR hears")).hasSize(2);
        assertThat(texts("parliam*")).hasSize(2);
    }

    @Test
    void findsADocumentByItsSymbol() {
        assertThat(symbols("A/RES/76/270")).containsOnly("A/RES/76/270").hasSize(3);
    }

    @Test
    void searchesOnlyTheRequestedLanguage() {
        assertThat(symbols("participation", "language=en")).containsOnly("A/RES/76/270");
    }

    @Test
    void refusesQueriesItCannotRunWithTheReason() {
        assertThatThrownBy(() -> symbols("\"women in")).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("quote");
        assertThatThrownBy(() -> symbols("p*")).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("prefix");
        assertThatThrownBy(() -> symbols("the of")).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("no searchable term");
    }

    @Test
    void highlightsTheFormsOfTheWordThatMatched() {
        IndexQuery query = IndexQuery.of("femme", filter(""));
        String text = "Veiller à ce que les femmes participent pleinement";
        assertThat(new Highlights().snippet(text, "fr", query)).contains("<em>femmes</em>");
        IndexQuery chinese = IndexQuery.of("决策", filter(""));
        assertThat(new Highlights().snippet("参与各级政治的决策", "zh", chinese)).contains("<em>决策</em>");
        assertThat(new Highlights().snippet("a <b> women", "en", IndexQuery.of("women", filter(""))))
                .isEqualTo("a &lt;b&gt; <em>women</em>");
    }

    private List<String> symbols(String q) {
        return symbols(q, "");
    }

    private List<String> symbols(String q, String filters) {
        IndexQuery query = IndexQuery.of(q, filter(filters));
        return index.searcher().search(query.lucene(), query.sort(), 0, 100, 0).hits().stream()
                .map(h -> symbolOf.get(h.documentId())).toList();
    }

    private List<String> texts(String q) {
        IndexQuery query = IndexQuery.of(q, filter(""));
        return index.searcher().search(query.lucene(), query.sort(), 0, 100, 0).hits().stream()
                .map(h -> textOf.get(h.documentId() + ":" + h.index())).toList();
    }

    private final Map<String, String> symbolOf = new java.util.HashMap<>();
    private final Map<String, String> textOf = new java.util.HashMap<>();

    private void add(String language, String symbol, String... texts) {
        DocumentId id = DocumentId.of(String.format("%024x", symbolOf.size() + 1));
        symbolOf.put(id.value(), symbol);
        List<EnrichedParagraph> paragraphs = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            textOf.put(id.value() + ":" + i, texts[i]);
            paragraphs.add(new EnrichedParagraph(new ParsedDocument.Paragraph(i, null, ParagraphKind.PARAGRAPH, null, List.of(),
                    texts[i], 1, List.of()), Annotations.EMPTY));
        }
        index.apply(List.of(new DocumentEnriched(id, symbol + ".pdf", AT, AT, new ParsedDocument.Metadata(symbol, symbol,
                language, DocumentType.RESOLUTION, "2026-12-01", null, null, List.of(), 1), paragraphs, List.of(), "t", "g")), Map.of());
        index.refreshIfStale();
    }

    private static docpipe.query.web.ParagraphFilter filter(String queryString) {
        Map<String, String[]> parameters = new java.util.HashMap<>();
        for (String pair : queryString.split("&")) {
            if (!pair.isEmpty()) {
                String[] kv = pair.split("=", 2);
                parameters.put(kv[0], new String[] {kv[1]});
            }
        }
        Set<String> allowed = new HashSet<>(FilterParameters.COMMON);
        allowed.addAll(FilterParameters.PARAGRAPH_ONLY);
        return FilterParameters.paragraphs(QueryParameters.of(parameters, allowed));
    }
}
