package docpipe.query.search;

import docpipe.events.Annotations;
import docpipe.events.Annotations.EntityMention;
import docpipe.events.Annotations.SdgTag;
import docpipe.events.Annotations.ThemeTag;
import docpipe.events.DocumentEnriched;
import docpipe.events.DocumentEnriched.EnrichedParagraph;
import docpipe.events.DocumentId;
import docpipe.events.DocumentType;
import docpipe.events.EntityType;
import docpipe.events.ParagraphKind;
import docpipe.events.ParsedDocument;
import docpipe.events.Topics;
import docpipe.query.search.SearchResult.Facets;
import docpipe.query.web.FilterParameters;
import docpipe.query.web.ParagraphFilter;
import docpipe.query.web.QueryParameters;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SearchIndexTest {

    private static final DocumentId REPORT = DocumentId.of("aaaaaaaaaaaaaaaaaaaaaaaa");
    private static final DocumentId RESOLUTION = DocumentId.of("bbbbbbbbbbbbbbbbbbbbbbbb");
    private static final Instant T1 = Instant.parse("2026-11-20T09:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-21T09:00:00Z");

    private SearchIndex index;

    @BeforeEach
    void indexTwoDocuments() {
        index = SearchIndex.inMemory();
        indexNow(index, report(REPORT, T1));
        indexNow(index, resolution(RESOLUTION, T1));
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void findsChineseParagraphsByTheirBigramsAndRanksTheOneNamingTheTermTwiceFirst() {
        List<IndexSearch.Ranked> hits = search("妇女", "").hits();

        assertThat(ids(hits)).containsExactly("aaaaaaaaaaaaaaaaaaaaaaaa:0", "aaaaaaaaaaaaaaaaaaaaaaaa:1");
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
        assertThat(ids(search("妇女议员", "").hits())).containsExactlyInAnyOrder("aaaaaaaaaaaaaaaaaaaaaaaa:0",
                "aaaaaaaaaaaaaaaaaaaaaaaa:1");
        assertThat(search("议员网络", "").total()).isEqualTo(1);
    }

    @Test
    void findsEnglishWordsThroughThePluralAndNeedsEveryTerm() {
        assertThat(ids(search("parliament", "").hits())).containsExactlyInAnyOrder("bbbbbbbbbbbbbbbbbbbbbbbb:0",
                "bbbbbbbbbbbbbbbbbbbbbbbb:1", "bbbbbbbbbbbbbbbbbbbbbbbb:3");
        assertThat(ids(search("recognizing parliaments", "").hits())).containsExactly("bbbbbbbbbbbbbbbbbbbbbbbb:0");
        assertThat(search("parliament secretary", "").total()).isZero();
    }

    @Test
    void ranksTheQueryAsAPhraseAboveTheSameTermsApart() {
        // paragraph 3 is shorter, so without the phrase it would rank first
        List<IndexSearch.Ranked> hits = search("women in parliament", "").hits();

        assertThat(ids(hits)).containsExactly("bbbbbbbbbbbbbbbbbbbbbbbb:1", "bbbbbbbbbbbbbbbbbbbbbbbb:3");
        assertThat(ids(search("parliament women", "").hits())).containsExactly("bbbbbbbbbbbbbbbbbbbbbbbb:3",
                "bbbbbbbbbbbbbbbbbbbbbbbb:1");
    }

    @Test
    void findsASingleChineseCharacterInsideLongerWords() {
        assertThat(ids(search("署", "").hits())).containsExactly("aaaaaaaaaaaaaaaaaaaaaaaa:1");
        assertThat(search("议", "").total()).isEqualTo(3);
        assertThat(search("署 网络", "").total()).isEqualTo(1);
    }

    @Test
    void appliesEveryFilter() {
        assertThat(ids(search("", "theme=gender-equality").hits())).containsExactly("aaaaaaaaaaaaaaaaaaaaaaaa:0",
                "aaaaaaaaaaaaaaaaaaaaaaaa:1", "bbbbbbbbbbbbbbbbbbbbbbbb:1");
        assertThat(ids(search("", "theme=gender-equality&theme=parliamentary-cooperation").hits()))
                .containsExactly("bbbbbbbbbbbbbbbbbbbbbbbb:1");
        assertThat(ids(search("", "sdg=16").hits())).containsExactly("aaaaaaaaaaaaaaaaaaaaaaaa:2");
        assertThat(ids(search("", "entity=org:UNDP").hits())).containsExactly("aaaaaaaaaaaaaaaaaaaaaaaa:1");
        assertThat(ids(search("", "entityType=instrument").hits())).containsExactly("bbbbbbbbbbbbbbbbbbbbbbbb:1");
        assertThat(search("", "type=RESOLUTION").total()).isEqualTo(4);
        assertThat(search("", "type=RESOLUTION&type=REPORT").total()).isEqualTo(7);
        assertThat(search("", "language=zh").total()).isEqualTo(3);
        assertThat(search("", "symbol=a/res/76/270").total()).isEqualTo(4);
        assertThat(search("", "documentId=" + REPORT.value()).total()).isEqualTo(3);
        assertThat(search("", "dateFrom=2022-01-10&dateTo=2022-01-10").total()).isEqualTo(4);
        assertThat(search("", "dateFrom=2022-01-11").total()).isEqualTo(3);
        assertThat(search("", "dateTo=2022-01-09").total()).isZero();
        assertThat(ids(search("妇女", "sdg=5&entity=org:UNDP&language=zh&type=REPORT").hits()))
                .containsExactly("aaaaaaaaaaaaaaaaaaaaaaaa:1");
        assertThat(search("妇女", "language=en").total()).isZero();
    }

    @Test
    void listsTheParagraphsOfAFilterInDocumentOrder() {
        assertThat(ids(search("", "documentId=" + RESOLUTION.value()).hits())).containsExactly(
                "bbbbbbbbbbbbbbbbbbbbbbbb:0", "bbbbbbbbbbbbbbbbbbbbbbbb:1", "bbbbbbbbbbbbbbbbbbbbbbbb:2",
                "bbbbbbbbbbbbbbbbbbbbbbbb:3");
    }

    @Test
    void countsFacetsOverEveryMatchNotJustThePage() {
        DocumentId big = DocumentId.of("cccccccccccccccccccccccc");
        List<EnrichedParagraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            paragraphs.add(paragraph(i, "Gender equality in parliament, item " + i,
                    List.of("gender-equality"), i % 3 == 0 ? List.of(5, 10) : List.of(5),
                    i % 2 == 0 ? List.of(new EntityMention("org:IPU", EntityType.ORGANIZATION, "IPU", "Inter-Parliamentary Union", 0, 3))
                            : List.of()));
        }
        indexNow(index, new DocumentEnriched(big, "big.txt", T1, T1, metadata("A/80/1", "en", "REPORT", "2025-05-05"),
                paragraphs, List.of(), "t", "g"));

        IndexQuery query = IndexQuery.of("gender", filter(""));
        IndexSearch.Found found = index.searcher().search(query.lucene(), query.sort(), 0, 2, 20);

        assertThat(found.hits()).hasSize(2);
        assertThat(found.total()).isEqualTo(30);
        Facets facets = found.facets();
        assertThat(facets.themes()).containsExactly(new SearchResult.Count("gender-equality", 30));
        assertThat(facets.sdgs()).containsExactly(new SearchResult.GoalCount(5, 30), new SearchResult.GoalCount(10, 10));
        assertThat(facets.entities()).containsExactly(
                new SearchResult.EntityCount("org:IPU", "ORGANIZATION", "Inter-Parliamentary Union", 15));
        assertThat(facets.languages()).containsExactly(new SearchResult.Count("en", 30));
        assertThat(facets.types()).containsExactly(new SearchResult.Count("REPORT", 30));
        // the page is the best two, and the next page goes on from there without repeats
        Set<String> seen = new HashSet<>();
        for (int page = 0; page < 15; page++) {
            seen.addAll(ids(index.searcher().search(query.lucene(), query.sort(), page * 2, 2, 0).hits()));
        }
        assertThat(seen).hasSize(30);
    }

    @Test
    void countsAnEntityOncePerParagraphByIdWhateverNameItWasFoundUnderAndOrdersTiesByKey() {
        DocumentId big = DocumentId.of("eeeeeeeeeeeeeeeeeeeeeeee");
        EntityMention ipu = new EntityMention("org:IPU", EntityType.ORGANIZATION, "IPU", "Inter-Parliamentary Union", 0, 3);
        EntityMention ipuFrench = new EntityMention("org:IPU", EntityType.ORGANIZATION, "UIP", "Union interparlementaire", 0, 3);
        // no name: the facet names it by the text it was found as
        EntityMention undp = new EntityMention("org:UNDP", EntityType.ORGANIZATION, "UNDP", null, 0, 4);
        List<EnrichedParagraph> paragraphs = List.of(
                paragraph(0, "Quorum of parliamentarians", List.of("youth"), List.of(16), List.of(ipu, ipuFrench, undp)),
                paragraph(1, "Quorum again", List.of("health"), List.of(3), List.of(ipuFrench)),
                paragraph(2, "Quorum once more", List.of(), List.of(), List.of(undp)));
        indexNow(index, new DocumentEnriched(big, "q.txt", T1, T1, metadata("A/80/2", "en", "NOTE", "2025-06-01"),
                paragraphs, List.of(), "t", "g"));

        IndexQuery query = IndexQuery.of("quorum", filter(""));
        Facets facets = index.searcher().search(query.lucene(), query.sort(), 0, 1, 20).facets();

        assertThat(facets.entities()).containsExactly(
                new SearchResult.EntityCount("org:IPU", "ORGANIZATION", "Inter-Parliamentary Union", 2),
                new SearchResult.EntityCount("org:UNDP", "ORGANIZATION", "UNDP", 2));
        assertThat(facets.themes()).containsExactly(new SearchResult.Count("health", 1), new SearchResult.Count("youth", 1));
        assertThat(facets.sdgs()).containsExactly(new SearchResult.GoalCount(3, 1), new SearchResult.GoalCount(16, 1));
        assertThat(facets.types()).containsExactly(new SearchResult.Count("NOTE", 3));
        assertThat(index.searcher().search(query.lucene(), query.sort(), 0, 1, 1).facets().entities())
                .as("limited to the most frequent").hasSize(1);
    }

    @Test
    void answersEmptyFacetsWhileNothingIsIndexed() {
        try (SearchIndex empty = SearchIndex.inMemory()) {
            IndexQuery query = IndexQuery.of("quorum", filter(""));
            assertThat(empty.searcher().search(query.lucene(), query.sort(), 0, 10, 20).facets())
                    .isEqualTo(new Facets(List.of(), List.of(), List.of(), List.of(), List.of()));
        }
    }

    @Test
    void aNewerEnrichmentReplacesEveryParagraphOfTheDocument() {
        assertThat(indexNow(index, resolution(REPORT, T2))).isTrue();

        assertThat(search("妇女", "").total()).isZero();
        assertThat(search("", "documentId=" + REPORT.value()).total()).isEqualTo(4);
        assertThat(index.documents()).isEqualTo(2);
        assertThat(index.paragraphs()).isEqualTo(8);
    }

    @Test
    void anOlderOrEqualEnrichmentChangesNothing() {
        assertThat(indexNow(index, resolution(REPORT, T1.minusSeconds(60)))).isFalse();
        assertThat(indexNow(index, resolution(REPORT, T1))).isFalse();

        assertThat(search("妇女", "").total()).isEqualTo(2);
        assertThat(index.paragraphs()).isEqualTo(7);
    }

    @Test
    void indexesAParagraphWithAHugeRunOfLettersByItsOtherWords() {
        DocumentId damaged = DocumentId.of("dddddddddddddddddddddddddd".substring(0, 24));
        String text = "Damaged extraction " + "x".repeat(40_000) + " parliament";

        assertThat(indexNow(index, new DocumentEnriched(damaged, "damaged.pdf", T1, T1, metadata("A/1", "en", "OTHER", "2020-01-01"),
                List.of(paragraph(0, text, List.of(), List.of(), List.of())), List.of(), "t", "g"))).isTrue();

        assertThat(ids(search("damaged extraction", "").hits())).containsExactly("dddddddddddddddddddddddd:0");
    }

    @Test
    void aBatchFromTheFeedIsSearchableOnceTheIndexRefreshes(@TempDir Path folder) {
        TopicPartition p0 = new TopicPartition(Topics.ENRICHED, 0);
        try (SearchIndex disk = SearchIndex.onDisk(folder)) {
            disk.apply(List.of(report(REPORT, T2)), Map.of(p0, 1L));
            disk.refreshIfStale();

            IndexQuery query = IndexQuery.of("妇女", filter(""));
            assertThat(disk.searcher().search(query.lucene(), query.sort(), 0, 10, 0).total()).isPositive();
            assertThat(disk.documents()).isEqualTo(1);
        }
    }

    @Test
    void keepsOffsetsAndDocumentsThroughACommit(@TempDir Path folder) {
        TopicPartition p0 = new TopicPartition(Topics.ENRICHED, 0);
        TopicPartition p3 = new TopicPartition(Topics.ENRICHED, 3);
        try (SearchIndex disk = SearchIndex.onDisk(folder)) {
            assertThat(disk.nextOffset(p0)).isNull();
            disk.apply(List.of(report(REPORT, T2)), Map.of(p0, 12L));
            disk.apply(List.of(resolution(RESOLUTION, T1)), Map.of(p3, 7L));
            disk.commit();
            // indexed after the explicit commit: closing commits it with its offset
            disk.apply(List.of(resolution(REPORT, T2.plusSeconds(1))), Map.of(p3, 8L));
        }
        try (SearchIndex reopened = SearchIndex.onDisk(folder)) {
            assertThat(reopened.offsets()).isEqualTo(Map.of(p0, 12L, p3, 8L));
        }
        try (SearchIndex reopened = SearchIndex.onDisk(folder)) {
            assertThat(reopened.documents()).isEqualTo(2);
            assertThat(reopened.paragraphs()).isEqualTo(8);
            assertThat(indexNow(reopened, report(REPORT, T2))).as("older than what is indexed").isFalse();
            IndexQuery query = IndexQuery.of("secretary", filter(""));
            assertThat(reopened.searcher().search(query.lucene(), query.sort(), 0, 10, 0).total()).isEqualTo(2);
        }
    }

    private IndexSearch.Found search(String q, String filters) {
        IndexQuery query = IndexQuery.of(q, filter(filters));
        return index.searcher().search(query.lucene(), query.sort(), 0, 100, 0);
    }

    /** Indexes one document as the feed would, made searchable at once; whether it replaced what was indexed. */
    private static boolean indexNow(SearchIndex index, DocumentEnriched event) {
        boolean replaced = index.apply(List.of(event), Map.of()) == 1;
        index.refreshIfStale();
        return replaced;
    }

    private static ParagraphFilter filter(String queryString) {
        Map<String, List<String>> values = new HashMap<>();
        for (String pair : queryString.split("&")) {
            if (!pair.isEmpty()) {
                String[] kv = pair.split("=", 2);
                values.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        Map<String, String[]> parameters = new HashMap<>();
        values.forEach((k, v) -> parameters.put(k, v.toArray(String[]::new)));
        Set<String> allowed = new HashSet<>(FilterParameters.COMMON);
        allowed.addAll(FilterParameters.PARAGRAPH_ONLY);
        return FilterParameters.paragraphs(QueryParameters.of(parameters, allowed));
    }

    private static List<String> ids(List<IndexSearch.Ranked> hits) {
        return hits.stream().map(h -> h.documentId() + ":" + h.index()).toList();
    }

    private static DocumentEnriched report(DocumentId id, Instant enrichedAt) {
        return new DocumentEnriched(id, "report.txt", enrichedAt.minusSeconds(5), enrichedAt,
                metadata("A/79/837", "zh", "REPORT", "2025-03-01"), List.of(
                paragraph(0, "妇女在议会中的代表性。妇女议员人数增加。", List.of("gender-equality"), List.of(5), List.of()),
                paragraph(1, "开发署支持妇女议员网络。", List.of("gender-equality"), List.of(5),
                        List.of(new EntityMention("org:UNDP", EntityType.ORGANIZATION, "开发署", "United Nations Development Programme", 0, 3))),
                paragraph(2, "议会合作促进和平。", List.of("parliamentary-cooperation"), List.of(16), List.of())),
                List.of(), "t", "g");
    }

    private static DocumentEnriched resolution(DocumentId id, Instant enrichedAt) {
        return new DocumentEnriched(id, "resolution.txt", enrichedAt.minusSeconds(5), enrichedAt,
                metadata("A/RES/76/270", "en", "RESOLUTION", "2022-01-10"), List.of(
                paragraph(0, "Recognizing the role of national parliaments", List.of("parliamentary-cooperation"), List.of(),
                        List.of(new EntityMention("org:IPU", EntityType.ORGANIZATION, "Inter-Parliamentary Union", null, 0, 10))),
                paragraph(1, "Encourages the participation of women in parliament and in public life at every level",
                        List.of("gender-equality", "parliamentary-cooperation"), List.of(5),
                        List.of(new EntityMention("instrument:2030-agenda", EntityType.INSTRUMENT, "2030 Agenda", "2030 Agenda", 0, 5))),
                paragraph(2, "Requests the Secretary-General to report", List.of(), List.of(), List.of()),
                paragraph(3, "Parliament hears women", List.of(), List.of(), List.of())),
                List.of(), "t", "g");
    }

    private static ParsedDocument.Metadata metadata(String symbol, String language, String type, String date) {
        return new ParsedDocument.Metadata(symbol, symbol, language, DocumentType.fromName(type), date, "79", "126", List.of("126"), null);
    }

    private static EnrichedParagraph paragraph(int index, String text, List<String> themes, List<Integer> sdgs,
                                               List<EntityMention> entities) {
        return new EnrichedParagraph(new ParsedDocument.Paragraph(index, null, ParagraphKind.PARAGRAPH, null, List.of(), text, 1, List.of()),
                new Annotations(themes.stream().map(t -> new ThemeTag(t, 0.8, List.of())).toList(),
                        sdgs.stream().map(g -> new SdgTag(g, 0.7, List.of())).toList(), entities));
    }
}
