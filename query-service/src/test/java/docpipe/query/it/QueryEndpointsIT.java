package docpipe.query.it;

import docpipe.events.DocumentEnriched;
import docpipe.events.DocumentId;
import docpipe.events.MetricNames;
import docpipe.events.Stage;
import docpipe.events.StatusChanged;
import docpipe.events.Topics;
import docpipe.query.it.PipelineHarness.Response;
import io.micrometer.core.instrument.Counter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static docpipe.query.it.PipelineHarness.encode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query shape and error of the contract, over three real documents of agenda item 126 that
 * reached the service through Kafka the way the pipeline delivers them.
 */
// an export limit of 5 cuts the export of q=议会 (6 hits)
@TestPropertySource(properties = {"spring.mongodb.database=it-queries", "docpipe.query.search.max-export=5",
        "management.endpoint.health.show-details=always"})
class QueryEndpointsIT extends QueryServiceTestBase {

    private static final DocumentId REPORT = SampleCorpus.id("A/79/837");
    private static final DocumentId RESOLUTION_2025 = SampleCorpus.id("A/RES/79/319");
    private static final DocumentId RESOLUTION_2022 = SampleCorpus.id("A/RES/76/270");
    private static final Instant ENRICHED = Instant.parse("2026-11-20T09:00:05Z");

    @BeforeAll
    void publishTheCorpus() {
        // the report and the 2025 resolution first; the 2022 resolution they cite comes in later
        DocumentEnriched report = SampleCorpus.report(REPORT, ENRICHED);
        DocumentEnriched resolution2025 = SampleCorpus.resolution2025(RESOLUTION_2025, ENRICHED);
        publishRun(report);
        publishRun(resolution2025);
        awaitStage(REPORT, "STORED");
        awaitStage(RESOLUTION_2025, "STORED");
        DocumentEnriched resolution2022 = SampleCorpus.resolution2022(RESOLUTION_2022, ENRICHED);
        publishRun(resolution2022);
        awaitStage(RESOLUTION_2022, "STORED");
        for (DocumentEnriched event : List.of(report, resolution2025, resolution2022)) {
            awaitSearchable(event);
        }
    }

    @Test
    void answersReadsWithoutATokenWhenNoneIsConfigured() {
        Response response = pipeline.get("/api/documents?type=RESOLUTION", "application/json", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("total").asInt()).isEqualTo(2);
    }

    @Test
    void showsAStoredDocumentWithMetadataProfilesAndStatus() {
        JsonNode doc = pipeline.get("/api/documents/" + REPORT).json();

        assertThat(doc.get("id").asString()).isEqualTo(REPORT.value());
        assertThat(doc.get("fileName").asString()).isEqualTo("A-79-837.zh.txt");
        assertThat(doc.at("/status/stage").asString()).isEqualTo("STORED");
        assertThat(doc.at("/status/updatedAt").isNull()).isFalse();
        assertThat(doc.at("/metadata/symbol").asString()).isEqualTo("A/79/837");
        assertThat(doc.at("/metadata/type").asString()).isEqualTo("REPORT");
        assertThat(doc.at("/metadata/language").asString()).isEqualTo("zh");
        assertThat(doc.get("paragraphCount").asInt()).isEqualTo(7);
        assertThat(doc.at("/themes/0/id").asString()).isEqualTo("gender-equality");
        assertThat(doc.at("/themes/0/count").asInt()).isEqualTo(2);
        assertThat(entity(doc.get("entities"), "org:UNDP").get("count").asInt()).isEqualTo(2);
        assertThat(entity(doc.get("entities"), "org:UNDP").get("type").asString()).isEqualTo("ORGANIZATION");
        assertThat(doc.at("/sdgs/0/goal").asInt()).isIn(5, 16);
    }

    @Test
    void listsParagraphsInDocumentOrderWithTheirTags() {
        JsonNode items = pipeline.get("/api/documents/" + REPORT + "/paragraphs").json().get("items");

        assertThat(items).hasSize(7);
        for (int i = 0; i < items.size(); i++) {
            assertThat(items.get(i).get("index").asInt()).isEqualTo(i);
        }
        assertThat(items.get(0).get("kind").asString()).isEqualTo("HEADING");
        JsonNode undp = items.get(3);
        assertThat(undp.get("number").asString()).isEqualTo("3");
        assertThat(undp.get("sectionPath").get(0).asString()).isEqualTo("一. 导言");
        assertThat(undp.at("/themes/0/id").asString()).isEqualTo("gender-equality");
        assertThat(undp.at("/themes/0/evidence/0").asString()).isEqualTo("evidence of gender-equality");
        assertThat(undp.at("/sdgs/0/goal").asInt()).isEqualTo(5);
        assertThat(undp.at("/sdgs/0/evidence/0").asString()).isEqualTo("evidence of goal 5");
        JsonNode mention = undp.at("/entities/0");
        assertThat(mention.get("id").asString()).isEqualTo("org:UNDP");
        String text = undp.get("text").asString();
        assertThat(text.substring(mention.get("start").asInt(), mention.get("end").asInt())).isEqualTo("开发署");
        assertThat(undp.get("footnotes").isArray()).isTrue();
    }

    @Test
    void findsChineseParagraphsOnWomen() {
        JsonNode result = pipeline.get("/api/search?q=" + encode("妇女")).json();

        JsonNode items = result.get("items");
        assertThat(result.get("total").asInt()).isEqualTo(3).isEqualTo(items.size());
        for (JsonNode hit : items) {
            assertThat(hit.get("text").asString()).contains("妇女");
            assertThat(hit.get("snippet").asString()).contains("<em>妇女</em>");
            assertThat(hit.get("symbol").asString()).isIn("A/79/837", "A/RES/79/319");
        }
        // the paragraph that names women twice ranks first
        assertThat(items.get(0).get("text").asString()).startsWith("妇女在议会中的代表性");
        assertThat(items.get(0).get("score").asDouble()).isGreaterThan(items.get(1).get("score").asDouble());
    }

    @Test
    void findsASingleChineseCharacterInsideLongerWords() {
        JsonNode result = pipeline.get("/api/search?q=" + encode("署")).json();

        assertThat(result.get("total").asInt()).isEqualTo(2);
        assertThat(result.get("items")).allSatisfy(hit -> {
            assertThat(hit.get("text").asString()).contains("开发署");
            assertThat(hit.get("snippet").asString()).contains("开发<em>署</em>");
        });
    }

    @Test
    void findsEnglishParagraphsOnParliamentThroughThePlural() {
        JsonNode result = pipeline.get("/api/search?q=parliament").json();

        assertThat(result.get("total").asInt()).isEqualTo(3);
        for (JsonNode hit : result.get("items")) {
            assertThat(hit.get("language").asString()).isEqualTo("en");
            assertThat(hit.get("documentId").asString()).isEqualTo(RESOLUTION_2022.value());
            assertThat(hit.get("snippet").asString()).containsIgnoringCase("<em>parliament");
        }
        assertThat(result.at("/facets/languages/0/id").asString()).isEqualTo("en");
    }

    @Test
    void multiWordQueriesNeedEveryTerm() {
        JsonNode result = pipeline.get("/api/search?q=" + encode("women parliaments")).json();

        assertThat(result.get("total").asInt()).isEqualTo(1);
        assertThat(result.at("/items/0/number").asString()).isEqualTo("1");
    }

    @Test
    void combinesThemeAndEntityFilters() {
        JsonNode result = pipeline.get("/api/search?theme=gender-equality&entity=org:UNDP").json();

        List<String> texts = texts(result.get("items"));
        assertThat(texts).hasSize(2).allSatisfy(text -> assertThat(text).containsAnyOf("开发署", "Development Programme"));
        JsonNode zhOnly = pipeline.get("/api/search?q=" + encode("性别平等") + "&theme=gender-equality&entity=org:UNDP&language=zh").json();
        assertThat(texts(zhOnly.get("items"))).containsExactly("开发署与各国议会联盟合作，支持妇女议员网络，促进性别平等立法。");
    }

    @Test
    void filtersByEntityTypeDocumentAndDate() {
        JsonNode instruments = pipeline.get("/api/search?entityType=INSTRUMENT").json();
        assertThat(instruments.get("total").asInt()).isEqualTo(2);

        JsonNode inReport = pipeline.get("/api/search?q=" + encode("议会") + "&documentId=" + REPORT).json();
        assertThat(inReport.get("items")).allSatisfy(h -> assertThat(h.get("documentId").asString()).isEqualTo(REPORT.value()));
        assertThat(inReport.get("total").asInt()).isEqualTo(5);

        JsonNode in2022 = pipeline.get("/api/search?q=secretary&dateFrom=2022-01-01&dateTo=2022-12-31").json();
        assertThat(in2022.get("total").asInt()).isEqualTo(1);
        JsonNode in2025 = pipeline.get("/api/search?q=secretary&dateFrom=2025-01-01").json();
        assertThat(in2025.get("total").asInt()).isZero();
    }

    @Test
    void countsFacetsOverTheWholeResultNotJustThePage() {
        assertFacetsCountEveryParagraphContaining("妇女");
    }

    @Test
    void countsTotalAndFacetsOverEveryMatchAndPagesThroughThemWithoutRepeats() {
        JsonNode result = assertFacetsCountEveryParagraphContaining("议会");
        assertThat(result.get("total").asInt()).isEqualTo(6);
        assertThat(pipeline.get("/api/search?q=" + encode("议会") + "&facets=false").json().get("total").asInt()).isEqualTo(6);
        List<String> all = texts(pipeline.get("/api/search?q=" + encode("议会") + "&size=100").json().get("items"));
        assertThat(all).hasSize(6);
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            paged.addAll(texts(pipeline.get("/api/search?q=" + encode("议会") + "&size=2&page=" + page).json().get("items")));
        }
        assertThat(paged).isEqualTo(all);
        // an export lists at most max-export hits, the best ones
        List<String> exported = pipeline.get("/api/search?q=" + encode("议会") + "&format=csv").body().lines().skip(1).toList();
        assertThat(exported).hasSize(5);
    }

    /** Checks the facets of {@code q} against counts made from every stored paragraph whose text contains it. */
    private JsonNode assertFacetsCountEveryParagraphContaining(String q) {
        Map<String, Integer> themes = new HashMap<>();
        Map<String, Integer> sdgs = new HashMap<>();
        Map<String, Integer> entities = new HashMap<>();
        Map<String, Integer> types = new HashMap<>();
        int matching = 0;
        for (DocumentId id : List.of(REPORT, RESOLUTION_2025, RESOLUTION_2022)) {
            String type = pipeline.get("/api/documents/" + id).json().at("/metadata/type").asString();
            for (JsonNode p : pipeline.get("/api/documents/" + id + "/paragraphs").json().get("items")) {
                if (!p.get("text").asString().contains(q)) {
                    continue;
                }
                matching++;
                types.merge(type, 1, Integer::sum);
                p.get("themes").forEach(t -> themes.merge(t.get("id").asString(), 1, Integer::sum));
                p.get("sdgs").forEach(g -> sdgs.merge(g.get("goal").asString(), 1, Integer::sum));
                p.get("entities").valueStream().map(e -> e.get("id").asString()).distinct()
                        .forEach(e -> entities.merge(e, 1, Integer::sum));
            }
        }
        JsonNode result = pipeline.get("/api/search?q=" + encode(q) + "&size=1").json();
        assertThat(result.get("items")).hasSize(1);
        assertThat(result.get("total").asInt()).isEqualTo(matching);
        JsonNode facets = result.get("facets");
        assertThat(counts(facets.get("themes"), "id")).isEqualTo(themes);
        assertThat(counts(facets.get("sdgs"), "goal")).isEqualTo(sdgs);
        assertThat(counts(facets.get("entities"), "id")).isEqualTo(entities);
        assertThat(counts(facets.get("types"), "id")).isEqualTo(types);
        assertThat(counts(facets.get("languages"), "id")).isEqualTo(Map.of("zh", matching));
        assertThat(facets.at("/themes/0/count").asInt()).isGreaterThanOrEqualTo(facets.at("/themes/1/count").asInt());
        return result;
    }

    private static Map<String, Integer> counts(JsonNode facet, String key) {
        Map<String, Integer> counts = new HashMap<>();
        facet.forEach(f -> counts.put(f.get(key).asString(), f.get("count").asInt()));
        return counts;
    }

    @Test
    void listsDocumentsByTypeSortedAndPaged() {
        JsonNode resolutions = pipeline.get("/api/documents?type=RESOLUTION&sort=date").json();
        assertThat(resolutions.get("total").asInt()).isEqualTo(2);
        assertThat(resolutions.get("items").valueStream().map(i -> i.get("id").asString()).toList())
                .containsExactly(RESOLUTION_2025.value(), RESOLUTION_2022.value());

        JsonNode bySymbol = pipeline.get("/api/documents?sort=symbol&size=1&page=1&stage=STORED").json();
        assertThat(bySymbol.get("total").asInt()).isEqualTo(3);
        assertThat(bySymbol.get("page").asInt()).isEqualTo(1);
        assertThat(bySymbol.at("/items/0/metadata/symbol").asString()).isEqualTo("A/RES/76/270");

        JsonNode withUndp = pipeline.get("/api/documents?entity=org:UNDP&theme=gender-equality&language=en").json();
        assertThat(withUndp.get("items").valueStream().map(i -> i.get("id").asString()).toList()).containsExactly(RESOLUTION_2022.value());
    }

    @Test
    void resolvesReferencesAndCitedByInBothDirections() {
        JsonNode report = pipeline.get("/api/documents/" + REPORT).json();
        JsonNode resolution = pipeline.get("/api/documents/" + RESOLUTION_2025).json();
        JsonNode older = pipeline.get("/api/documents/" + RESOLUTION_2022).json();

        assertThat(reference(resolution.get("references"), "A/79/837")).isEqualTo(REPORT.value());
        assertThat(reference(report.get("citedBy"), "A/RES/79/319")).isEqualTo(RESOLUTION_2025.value());
        // stored after the documents citing it, and still linked both ways
        assertThat(reference(report.get("references"), "A/RES/76/270")).isEqualTo(RESOLUTION_2022.value());
        assertThat(older.get("citedBy").findValuesAsString("documentId"))
                .containsExactly(REPORT.value(), RESOLUTION_2025.value());
    }

    @Test
    void servesThemesAndEntitiesWithCounts() {
        JsonNode themes = pipeline.get("/api/themes").json().get("items");
        JsonNode gender = find(themes, "gender-equality");
        assertThat(gender.get("count").asInt()).isEqualTo(5);
        assertThat(gender.get("documents").asInt()).isEqualTo(3);
        assertThat(find(themes, "disarmament").get("count").asInt()).isZero();

        JsonNode undp = pipeline.get("/api/entities?type=ORGANIZATION&q=" + encode("开发署")).json();
        assertThat(undp.get("items").valueStream().map(i -> i.get("id").asString()).toList()).containsExactly("org:UNDP");
        assertThat(undp.at("/items/0/count").asInt()).isEqualTo(3);
        assertThat(undp.at("/items/0/documents").asInt()).isEqualTo(2);
    }

    @Test
    void exportsParagraphsAndSearchResultsAsJsonLinesAndCsv() {
        Response jsonl = pipeline.get("/api/documents/" + REPORT + "/paragraphs?format=jsonl");
        assertThat(jsonl.contentType()).startsWith("application/x-ndjson");
        String[] lines = jsonl.body().split("\n");
        assertThat(lines).hasSize(7);
        assertThat(PipelineHarness.JSON.readTree(lines[2]).get("text").asString()).startsWith("妇女");

        Response csv = pipeline.get("/api/documents/" + RESOLUTION_2022 + "/paragraphs", "text/csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> rows = csv.body().lines().toList();
        assertThat(rows.get(0)).startsWith("\uFEFFdocumentId,index,number,kind,role");
        assertThat(rows).hasSize(5);
        assertThat(rows.get(1)).contains(",\"Recognizing the role of national parliaments and the Inter-Parliamentary Union"
                + " in the implementation of the 2030 Agenda,\",");
        assertThat(rows.get(2)).contains(",Encourages parliaments to promote");

        Response searchCsv = pipeline.get("/api/search?q=" + encode("妇女") + "&format=csv");
        assertThat(searchCsv.body().lines().skip(1).toList()).hasSize(3).allSatisfy(r -> assertThat(r).contains("妇女"));
    }

    @Test
    void answersProblemDetailsForUnknownDocumentsAndBadParameters() {
        Response missing = pipeline.get("/api/documents/0123456789abcdef01234567");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().get("detail").asString()).contains("0123456789abcdef01234567");
        assertThat(pipeline.get("/api/documents/0123456789abcdef01234567/paragraphs").status()).isEqualTo(404);

        assertBadRequest("/api/documents?size=1000000", "size");
        assertBadRequest("/api/documents?colour=red", "unknown parameter colour");
        assertBadRequest("/api/search?q=women&sdg=42", "sdg");
        assertBadRequest("/api/search?q=women&type=BOOK", "type");
        assertBadRequest("/api/search?q=women&dateFrom=yesterday", "dateFrom");
        assertBadRequest("/api/search", "q is required");
        assertBadRequest("/api/search?q=" + encode("the of"), "no searchable term");
        assertBadRequest("/api/documents?sort=colour", "sort");
        assertBadRequest("/api/search?q=women&format=xml", "format");
        assertBadRequest("/api/search?q=women&documentId=42", "documentId must be 24 lower-case hex digits, not '42'");
        // a malformed id in an address names no document: 404, as for any id never ingested, saying why
        Response malformedAddress = pipeline.get("/api/documents/not-an-id");
        assertThat(malformedAddress.status()).isEqualTo(404);
        assertThat(malformedAddress.json().get("detail").asString())
                .isEqualTo("No document 'not-an-id': document ids are 24 lower-case hex digits");
        assertThat(malformedAddress.json().get("instance").asString()).isEqualTo("/api/documents/not-an-id");
        assertThat(pipeline.get("/api/documents/0123456789ABCDEF01234567/paragraphs").status()).isEqualTo(404);

        Response unknownPath = pipeline.get("/api/nothing-here");
        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(unknownPath.contentType()).startsWith("application/problem+json");
        assertThat(unknownPath.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void servesHealthMetricsAndTheOpenApiDescription() {
        Response health = pipeline.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().at("/components/mongo/status").asString()).isEqualTo("UP");
        JsonNode index = health.json().at("/components/searchIndex");
        assertThat(index.get("status").asString()).isEqualTo("UP");
        assertThat(index.at("/details/location").asString()).isEqualTo("memory");
        assertThat(index.at("/details/paragraphs").asInt()).isGreaterThanOrEqualTo(7 + 4 + 4);

        String prometheus = pipeline.get("/actuator/prometheus", "text/plain").body();
        assertThat(prometheus).contains("docpipe_documents_total{").contains("stage=\"store\"")
                .contains("docpipe_stage_duration_seconds_bucket").contains("docpipe_pipeline_latency_seconds_count")
                .contains("docpipe_search_index_paragraphs{").contains("docpipe_search_duration_seconds_count{");

        Response api = pipeline.get("/v3/api-docs");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.json().at("/paths").has("/api/search")).isTrue();
    }

    private void assertBadRequest(String path, String expected) {
        Response response = pipeline.get(path);
        assertThat(response.status()).as(path).isEqualTo(400);
        assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).as(path).contains(expected);
    }

    private static JsonNode entity(JsonNode entities, String id) {
        return find(entities, id);
    }

    private static JsonNode find(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (id.equals(item.get("id").asString())) {
                return item;
            }
        }
        throw new AssertionError(id + " not in " + items);
    }

    private static String reference(JsonNode references, String symbol) {
        for (JsonNode r : references) {
            if (symbol.equals(r.get("symbol").asString())) {
                return r.get("documentId").isNull() ? null : r.get("documentId").asString();
            }
        }
        throw new AssertionError(symbol + " not in " + references);
    }

    private static List<String> texts(JsonNode items) {
        List<String> texts = new ArrayList<>();
        items.forEach(i -> texts.add(i.get("text").asString()));
        return texts;
    }
}
