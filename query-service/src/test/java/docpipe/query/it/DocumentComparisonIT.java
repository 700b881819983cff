package docpipe.query.it;

import docpipe.events.DocumentId;
import docpipe.events.Stage;
import docpipe.events.StatusChanged;
import docpipe.events.Topics;
import docpipe.query.it.PipelineHarness.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison of two stored documents, and the read token: this service runs with
 * {@code docpipe.query.read-token} set, so every request below sends it unless a test says otherwise.
 */
@TestPropertySource(properties = {"spring.mongodb.database=it-compare", "docpipe.query.read-token=" + DocumentComparisonIT.TOKEN})
class DocumentComparisonIT extends QueryServiceTestBase {

    static final String TOKEN = "it-read-token-7f3a";

    private static final DocumentId RES_74_304 = SampleCorpus.id("A/RES/74/304");
    private static final DocumentId RES_76_270 = SampleCorpus.id("A/RES/76/270 full");
    private static final DocumentId RES_79_319 = SampleCorpus.id("A/RES/79/319 full");
    private static final String TITLE = "Interaction between the United Nations, national parliaments and the Inter-Parliamentary Union";
    private static final DocumentId NOT_YET_STORED = SampleCorpus.id("received only");
    private static final Instant ENRICHED = Instant.parse("2026-11-20T09:00:05Z");

    @BeforeAll
    void publishResolutions() {
        pipeline.useToken(TOKEN);
        publishRun(SampleCorpus.resolutionFromText(RES_74_304, "/corpus/A-RES-74-304.en.txt", "A/RES/74/304", "en",
                TITLE, "2020-09-04", "74", ENRICHED));
        publishRun(SampleCorpus.resolutionFromText(RES_76_270, "/corpus/A-RES-76-270.en.txt", "A/RES/76/270", "en",
                TITLE, "2022-06-21", "76", ENRICHED));
        publishRun(SampleCorpus.resolutionFromText(RES_79_319, "/corpus/A-RES-79-319.zh.txt", "A/RES/79/319", "zh",
                "联合国与各国议会和各国议会联盟的互动", "2025-07-25", "79", ENRICHED));
        pipeline.send(Topics.STATUS, NOT_YET_STORED.value(),
                StatusChanged.reached(NOT_YET_STORED, Stage.RECEIVED, "later.pdf", "ingest-service", ENRICHED));
        awaitStage(RES_74_304, "STORED");
        awaitStage(RES_76_270, "STORED");
        awaitStage(RES_79_319, "STORED");
        awaitStage(NOT_YET_STORED, "RECEIVED");
    }

    @Test
    void comparesTwoResolutionsParagraphByParagraph() {
        Response response = pipeline.get("/api/documents/" + RES_76_270 + "/compare/" + RES_74_304);

        assertThat(response.status()).isEqualTo(200);
        JsonNode c = response.json();
        assertThat(c.at("/document/symbol").asString()).isEqualTo("A/RES/76/270");
        assertThat(c.at("/other/symbol").asString()).isEqualTo("A/RES/74/304");
        assertThat(c.get("method").asString()).isEqualTo("TEXT");
        assertThat(c.get("threshold").asDouble()).isEqualTo(0.5);

        JsonNode summary = c.get("summary");
        int paragraphs = c.at("/document/paragraphCount").asInt();
        int otherParagraphs = c.at("/other/paragraphCount").asInt();
        assertThat(paragraphs).isEqualTo(47);
        assertThat(otherParagraphs).isEqualTo(41);
        assertThat(summary.get("added").asInt() + summary.get("changed").asInt() + summary.get("unchanged").asInt())
                .isEqualTo(paragraphs);
        assertThat(summary.get("removed").asInt() + summary.get("changed").asInt() + summary.get("unchanged").asInt())
                .isEqualTo(otherParagraphs);
        assertThat(c.get("paragraphs")).hasSize(paragraphs + summary.get("removed").asInt());

        JsonNode conferences = line(c, "paragraph", "Noting the outcomes of the World Conferences");
        assertThat(conferences.get("change").asString()).isEqualTo("CHANGED");
        assertThat(conferences.get("role").asString()).isEqualTo("PREAMBULAR");
        assertThat(conferences.get("similarity").asDouble()).isBetween(0.5, 0.99);
        assertThat(conferences.at("/otherParagraph/text").asString()).startsWith("Noting the outcomes of the World Conferences");
        assertThat(strings(conferences.get("addedTerms"))).contains("2021", "virtual");

        JsonNode technologyBank = line(c, "paragraph", "Invites parliaments and Governments to support the Technology Bank");
        assertThat(technologyBank.get("change").asString()).isEqualTo("ADDED");
        assertThat(technologyBank.at("/paragraph/number").asString()).isEqualTo("5");
        assertThat(technologyBank.get("otherParagraph").isNull()).isTrue();

        JsonNode interfaith = line(c, "otherParagraph", "Acknowledges the preparations under way");
        assertThat(interfaith.get("change").asString()).isEqualTo("REMOVED");
        assertThat(interfaith.at("/otherParagraph/number").asString()).isEqualTo("23");

        JsonNode report = line(c, "paragraph", "Takes note of the report of the Secretary-General");
        assertThat(report.at("/paragraph/number").asString()).isEqualTo("28");
        assertThat(report.at("/otherParagraph/number").asString()).isEqualTo("24");
    }

    @Test
    void takesTheOtherDocumentAsAParameterToo() {
        Response byPath = pipeline.get("/api/documents/" + RES_76_270 + "/compare/" + RES_74_304 + "?threshold=0.8");
        Response byParameter = pipeline.get("/api/documents/" + RES_76_270 + "/compare?with=" + RES_74_304 + "&threshold=0.8");

        assertThat(byParameter.status()).isEqualTo(200);
        assertThat(byParameter.json()).isEqualTo(byPath.json());
        assertThat(byPath.json().get("threshold").asDouble()).isEqualTo(0.8);
    }

    @Test
    void comparesDocumentsInTwoLanguagesByEntitiesAndNumbersOnly() {
        JsonNode c = pipeline.get("/api/documents/" + RES_79_319 + "/compare/" + RES_76_270).json();

        assertThat(c.get("method").asString()).isEqualTo("ENTITIES_AND_NUMBERS");
        assertThat(c.at("/document/language").asString()).isEqualTo("zh");
        assertThat(c.at("/document/paragraphCount").asInt()).isEqualTo(51);
        List<String> changes = new ArrayList<>();
        c.get("paragraphs").forEach(p -> changes.add(p.get("change").asString()));
        assertThat(changes).contains("MATCHED").doesNotContain("CHANGED", "UNCHANGED");
        // the Technology Bank paragraph names the IPU, the 2030 Agenda and 2030 in both languages
        JsonNode technologyBank = line(c, "paragraph", "邀请各国议会和政府支持最不发达国家技术库");
        assertThat(technologyBank.get("change").asString()).isEqualTo("MATCHED");
        assertThat(technologyBank.at("/otherParagraph/text").asString()).startsWith("Invites parliaments and Governments to support the Technology Bank");
        assertThat(technologyBank.get("addedTerms").isNull()).isTrue();
    }

    @Test
    void refusesDocumentsItCannotCompare() {
        Response unknown = pipeline.get("/api/documents/" + RES_76_270 + "/compare/" + SampleCorpus.id("never sent"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");

        Response notStored = pipeline.get("/api/documents/" + NOT_YET_STORED + "/compare/" + RES_76_270);
        assertThat(notStored.status()).isEqualTo(409);
        assertThat(notStored.json().get("detail").asString()).contains("RECEIVED");

        assertThat(pipeline.get("/api/documents/" + RES_76_270 + "/compare/" + RES_74_304 + "?threshold=2").status()).isEqualTo(400);
        assertThat(pipeline.get("/api/documents/" + RES_76_270 + "/compare/" + RES_74_304 + "?colour=red").status()).isEqualTo(400);
        assertThat(pipeline.get("/api/documents/" + RES_76_270 + "/compare").json().get("detail").asString()).contains("with");
        Response malformed = pipeline.get("/api/documents/" + RES_76_270 + "/compare/76-270");
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(malformed.json().get("detail").asString()).isEqualTo("No document '76-270': document ids are 24 lower-case hex digits");
        assertThat(pipeline.get("/api/documents/" + RES_76_270 + "/compare?with=76-270").json().get("detail").asString())
                .isEqualTo("with must be 24 lower-case hex digits, not '76-270'");
    }

    @Test
    void refusesReadsWithoutTheToken() {
        Response none = pipeline.get("/api/documents/" + RES_76_270, "application/json", null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.wwwAuthenticate()).startsWith("Bearer");
        assertThat(none.json().get("status").asInt()).isEqualTo(401);
        assertThat(none.body()).doesNotContain(TOKEN).doesNotContain("A/RES/76/270");

        assertThat(pipeline.get("/api/search?q=parliament", "application/json", "Bearer wrong-" + TOKEN).status()).isEqualTo(401);
        // a path parameter is refused by Spring Security's firewall before any rule is consulted
        assertThat(pipeline.get("/api;x=1/documents/" + RES_76_270, "application/json", null).status()).isEqualTo(400);
        assertThat(pipeline.get("/api/search?q=parliament", "application/json", TOKEN).status()).isEqualTo(401);
        assertThat(pipeline.get("/api/search?q=parliament", "application/json", "Bearer " + TOKEN).status()).isEqualTo(200);
    }

    @Test
    void leavesHealthInfoAndMetricsOpen() {
        assertThat(pipeline.get("/actuator/health", "application/json", null).status()).isEqualTo(200);
        assertThat(pipeline.get("/actuator/info", "application/json", null).status()).isEqualTo(200);
        assertThat(pipeline.get("/actuator/prometheus", "text/plain", null).status()).isEqualTo(200);
    }

    @Test
    void describesTheComparisonInTheOpenApiDocumentWhichStaysOpen() {
        Response docs = pipeline.get("/v3/api-docs", "application/json", null);

        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.has("/api/documents/{id}/compare/{otherId}")).isTrue();
        assertThat(paths.has("/api/documents/{id}/compare")).isTrue();
    }

    private static JsonNode line(JsonNode comparison, String side, String textStart) {
        for (JsonNode p : comparison.get("paragraphs")) {
            if (p.get(side).isObject() && p.get(side).get("text").asString().startsWith(textStart)) {
                return p;
            }
        }
        throw new AssertionError("no line whose " + side + " starts with " + textStart);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
