package docpipe.local.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web console as a newcomer uses it, in a real headless Chromium over the four services (one JVM, an embedded
 * KRaft broker, the MongoDB-wire store): upload the samples and watch them reach STORED, search in Chinese and
 * English, narrow by a facet, read a document and follow a citation, reprocess a failed upload, read the overview.
 * query-service needs a read token, as Compose and Kubernetes run it: the page asks for it and reads with it.
 * Each step leaves a screenshot in {@code target/console-screenshots/}. The steps build on each other, in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(HeadlessChromium.Installed.class)
class ConsoleBrowserIT {

    private static final Duration PIPELINE_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(15);
    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    /** A report and the resolution citing it (Chinese), and an English resolution. */
    private static final List<String> SAMPLES = List.of("A-79-837.zh.pdf", "A-RES-79-319.zh.txt", "A-RES-76-270.en.txt");
    private static final String READ_TOKEN = "read-" + java.util.UUID.randomUUID();

    private EmbeddedInfrastructure infrastructure;
    private RunningPipeline pipeline;
    private ChromeDriver browser;
    private Path scratch;

    @BeforeAll
    void startPipelineAndBrowser() throws IOException {
        HeadlessChromium.requireInstalled();
        scratch = Files.createTempDirectory("console-it");
        infrastructure = new EmbeddedInfrastructure();
        pipeline = RunningPipeline.withConsole(infrastructure.bootstrapServers, infrastructure.mongoUri,
                Files.createDirectory(scratch.resolve("inbox")), READ_TOKEN);
        browser = HeadlessChromium.start();
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (pipeline != null) {
            pipeline.close();
        }
        if (infrastructure != null) {
            infrastructure.close();
        }
    }

    @Test
    @Order(1)
    void labelsEveryControlOfThePage() {
        open("#/search");
        List<?> unlabelled = (List<?>) ((JavascriptExecutor) browser).executeScript("""
                return [...document.querySelectorAll('input, select, button')]
                  .filter(c => c.type !== 'hidden')
                  .filter(c => !(c.labels && c.labels.length) && !c.getAttribute('aria-label') && !c.textContent.trim())
                  .map(c => c.outerHTML);""");
        assertThat(unlabelled).isEmpty();
        assertThat(browser.findElements(By.cssSelector("input[type=search]"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("input[type=file][multiple]"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("input[type=password]#ingest-token"))).hasSize(1);
        assertThat(browser.findElement(By.id("read-token")).isDisplayed()).as("the page asks for the read token").isTrue();
    }

    @Test
    @Order(2)
    void uploadsSeveralFilesAndFollowsEachToStored() throws IOException {
        open("#/upload");
        browser.findElement(By.id("ingest-token")).sendKeys(RunningPipeline.TOKEN);
        // the field is read when it changes, as when the user leaves it
        browser.findElement(By.id("read-token")).sendKeys(READ_TOKEN, Keys.TAB);

        List<Path> files = new ArrayList<>(SAMPLES.stream().map(name -> Samples.folder().resolve(name)).toList());
        files.add(arabicNote());
        chooseFiles(files);

        waitFor(PAGE_TIMEOUT, "an answer for every upload", d -> rows().size() == files.size()
                && rows().stream().allMatch(row -> cell(row, 1).contains("accepted (202)")));
        screenshot("01-upload-following");
        waitFor(PIPELINE_TIMEOUT, "every upload STORED", d -> rows().stream().allMatch(row -> "STORED".equals(stage(row))));
        assertThat(rows()).allSatisfy(row -> assertThat(cell(row, 2)).contains("STORED"));
        screenshot("02-upload-stored");
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return [sessionStorage.getItem('docpipe.ingestToken'), sessionStorage.getItem('docpipe.readToken'), "
                        + "localStorage.length, document.cookie]"))
                .as("the tokens are kept for the tab only").isEqualTo(List.of(RunningPipeline.TOKEN, READ_TOKEN, 0L, ""));
    }

    @Test
    @Order(3)
    void answersADuplicateAndARefusalWithTheReasonOfTheApi() throws IOException {
        open("#/upload");
        chooseFiles(List.of(Samples.folder().resolve("A-RES-76-270.en.txt")));
        waitFor(PAGE_TIMEOUT, "the duplicate's answer", d -> cell(rows().get(0), 1).contains("duplicate (200)"));

        Path empty = Files.write(scratch.resolve("empty.txt"), new byte[0]);
        chooseFiles(List.of(empty));
        waitFor(PAGE_TIMEOUT, "the refusal", d -> cell(rows().get(0), 1).startsWith("refused (400)"));
        assertThat(cell(rows().get(0), 0)).isEqualTo("empty.txt");
        assertThat(cell(rows().get(0), 1)).matches("refused \\(400\\): .{10,}").doesNotContain("HTTP 400");
    }

    @Test
    @Order(4)
    void searchesInChineseWithHighlightedSnippets() {
        search("议会");

        List<WebElement> results = waitForResults(found -> !found.isEmpty());
        assertThat(symbolsOf(results)).contains("A/79/837", "A/RES/79/319");
        assertThat(results).allSatisfy(result -> assertThat(result.findElements(By.cssSelector(".snippet mark")))
                .extracting(WebElement::getText).anySatisfy(mark -> assertThat(mark).contains("议")));
        assertThat(results.get(0).findElement(By.cssSelector(".result-meta")).getText())
                .contains("Chinese").containsPattern("\\d{4}-\\d{2}-\\d{2}");
        screenshot("03-search-chinese");
    }

    @Test
    @Order(5)
    void narrowsTheResultsWithAFacetAndItsCount() {
        int total = total();
        WebElement smallest = browser.findElements(By.cssSelector("#facets a[data-facet=type]")).stream()
                .min(Comparator.comparingInt(ConsoleBrowserIT::count)).orElseThrow();
        int expected = count(smallest);
        String type = smallest.getDomAttribute("data-value");
        assertThat(expected).as("a type facet that narrows").isLessThan(total);

        smallest.sendKeys(Keys.ENTER); // from the keyboard, as any control of the page

        waitFor(PAGE_TIMEOUT, "the narrowed results", d -> total() == expected);
        List<WebElement> results = browser.findElements(By.cssSelector("#results li.result"));
        assertThat(results).isNotEmpty().allSatisfy(r -> assertThat(r.getDomAttribute("data-type")).isEqualTo(type));
        assertThat(browser.findElement(By.id("active-filters")).getText()).contains("type: " + type);
        screenshot("04-search-facet");
    }

    @Test
    @Order(6)
    void searchesInEnglish() {
        search("parliament");

        List<WebElement> results = waitForResults(r -> symbolsOf(r).contains("A/RES/76/270"));
        assertThat(browser.findElements(By.cssSelector("#results .snippet mark")))
                .extracting(mark -> mark.getText().toLowerCase()).anySatisfy(mark -> assertThat(mark).startsWith("parliament"));
        assertThat(results.get(0).getText()).contains("English");
        assertThat(browser.findElement(By.id("active-filters")).getText()).doesNotContain("type:");
        screenshot("05-search-english");
    }

    @Test
    @Order(7)
    void writesArabicRightToLeftInsideTheEnglishPage() {
        search("البرلمانات");

        List<WebElement> results = waitForResults(r -> !r.isEmpty());
        WebElement snippet = results.get(0).findElement(By.cssSelector(".snippet"));
        assertThat(snippet.getCssValue("direction")).isEqualTo("rtl");
        assertThat(snippet.findElements(By.tagName("mark"))).isNotEmpty();
        assertThat(browser.findElement(By.tagName("body")).getCssValue("direction")).isEqualTo("ltr");
        screenshot("06-search-arabic");
    }

    @Test
    @Order(8)
    void readsADocumentAndFollowsItsCitation() {
        search("议会");
        waitForResults(r -> symbolsOf(r).contains("A/RES/79/319"));
        browser.findElements(By.cssSelector("#results a.symbol")).stream()
                .filter(link -> link.getText().equals("A/RES/79/319")).findFirst().orElseThrow().click();

        waitFor(PAGE_TIMEOUT, "the resolution", d -> browser.findElements(By.cssSelector("#doc-paragraphs li.paragraph")).size() > 20
                && title().startsWith("A/RES/79/319"));
        // getText() is the rendered text, and the field names are shown in capitals
        String metadata = browser.findElement(By.id("doc-meta")).getText().toLowerCase();
        assertThat(metadata).contains("resolution", "chinese", "session", "agenda items", "stored");
        assertThat(browser.findElements(By.cssSelector("#doc-paragraphs .role-operative"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#doc-paragraphs .role-preambular"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#doc-paragraphs li.paragraph .number")))
                .extracting(WebElement::getText).contains("1", "2", "3");
        WebElement mention = browser.findElement(By.cssSelector("#doc-paragraphs mark.entity"));
        assertThat(mention.getDomAttribute("title")).contains(mention.getDomAttribute("data-entity"));
        assertThat(browser.findElements(By.cssSelector("#doc-paragraphs .tag.theme[title]"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#doc-paragraphs p.text[dir=auto]"))).isNotEmpty();
        assertThat(browser.findElement(By.id("doc-exports")).getText()).contains("JSON Lines", "CSV");
        assertThat(browser.findElements(By.cssSelector("#doc-paragraphs li.paragraph aside.footnotes sup")))
                .as("footnotes beside the paragraphs citing them").isNotEmpty();
        screenshot("07-document-at-hit");

        browser.findElements(By.cssSelector("#doc-links a.citation")).stream()
                .filter(link -> link.getText().equals("A/79/837")).findFirst().orElseThrow().click();

        waitFor(PAGE_TIMEOUT, "the cited report", d -> title().startsWith("A/79/837")
                && !browser.findElements(By.cssSelector("#doc-paragraphs li.paragraph")).isEmpty());
        assertThat(browser.findElement(By.id("doc-meta")).getText()).containsIgnoringCase("report");
        assertThat(browser.findElement(By.id("doc-links")).getText()).contains("Cited by", "A/RES/79/319");
        assertThat(browser.findElements(By.cssSelector("#doc-outline a"))).hasSizeGreaterThan(3);
        screenshot("08-document-cited");
    }

    @Test
    @Order(9)
    void reprocessesAFailedUploadFromItsButton() throws IOException {
        byte[] pdf = Files.readAllBytes(Samples.folder().resolve("A-RES-73-6.en.pdf"));
        Path corrupt = Files.write(scratch.resolve("corrupt.pdf"), Arrays.copyOf(pdf, 400));
        open("#/upload");

        chooseFiles(List.of(corrupt));

        waitFor(PIPELINE_TIMEOUT, "the corrupt PDF FAILED", d -> "FAILED".equals(stage(rows().get(0))));
        WebElement row = rows().get(0);
        assertThat(cell(row, 2)).startsWith("FAILED before PARSED");
        assertThat(row.findElement(By.cssSelector(".reason")).getText()).as("the reason").isNotBlank();
        screenshot("09-failed");
        row.findElement(By.cssSelector("button.reprocess")).click();
        waitFor(PAGE_TIMEOUT, "the reprocess answer",
                d -> !browser.findElement(By.id("reprocess-status")).getText().isEmpty());
        assertThat(browser.findElement(By.id("reprocess-status")).getText())
                .isEqualTo("Reprocess of corrupt.pdf accepted (202): it goes through the pipeline again.");
        screenshot("10-reprocess");
    }

    @Test
    @Order(10)
    void showsDocumentsByStageAndTheSearchIndex() {
        open("#/overview");

        waitFor(PAGE_TIMEOUT, "the overview", d -> !browser.findElements(By.cssSelector("#overview-cards .stage-stored")).isEmpty());
        int stored = Integer.parseInt(browser.findElement(By.cssSelector("#overview-cards .stage-stored .value")).getText());
        assertThat(stored).isEqualTo(SAMPLES.size() + 1);
        assertThat(browser.findElement(By.id("overview-index")).getText()).contains("current");
        assertThat(browser.findElement(By.id("overview-recent")).getText()).contains("A/79/837", "A/RES/76/270");
        screenshot("11-overview");
    }

    /** A short Arabic text, so that right-to-left text is searched and shown (the samples have none). */
    private Path arabicNote() throws IOException {
        return Files.writeString(scratch.resolve("note.ar.txt"), String.join("\n",
                "الأمم المتحدة",
                "الجمعية العامة",
                "",
                "1. تشجع البرلمانات الوطنية على تعزيز مشاركة المرأة والشباب في الحياة السياسية.",
                "",
                "2. تدعو الاتحاد البرلماني الدولي إلى مواصلة تعاونه مع الأمم المتحدة.", ""));
    }

    private void open(String hash) {
        browser.get("http://127.0.0.1:" + pipeline.queryPort + "/" + hash);
        waitFor(PAGE_TIMEOUT, "the console", d -> !browser.findElements(By.cssSelector("main section:not([hidden])")).isEmpty());
    }

    private void search(String query) {
        open("#/search");
        WebElement box = browser.findElement(By.cssSelector("input[type=search]"));
        box.clear();
        box.sendKeys(query, Keys.ENTER);
        waitFor(PAGE_TIMEOUT, "the search for " + query, d -> browser.getCurrentUrl().contains("q="));
    }

    private List<WebElement> waitForResults(java.util.function.Predicate<List<WebElement>> ready) {
        waitFor(PAGE_TIMEOUT, "results", d -> ready.test(browser.findElements(By.cssSelector("#results li.result"))));
        return browser.findElements(By.cssSelector("#results li.result"));
    }

    private static List<String> symbolsOf(List<WebElement> results) {
        return results.stream().map(r -> r.findElement(By.cssSelector("a.symbol")).getText()).toList();
    }

    private int total() {
        String summary = browser.findElement(By.id("search-summary")).getText();
        return summary.matches("^\\d+ paragraph.*") ? Integer.parseInt(summary.split(" ")[0]) : -1;
    }

    private static int count(WebElement facet) {
        return Integer.parseInt(facet.findElement(By.cssSelector(".count")).getText());
    }

    private String title() {
        return browser.findElement(By.id("doc-title")).getText();
    }

    private void chooseFiles(List<Path> files) {
        browser.findElement(By.cssSelector("input[type=file][multiple]"))
                .sendKeys(String.join("\n", files.stream().map(f -> f.toAbsolutePath().toString()).toList()));
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#upload-rows tr"));
    }

    private static String cell(WebElement row, int column) {
        return row.findElements(By.tagName("td")).get(column).getText();
    }

    private static String stage(WebElement row) {
        return row.getDomAttribute("data-stage");
    }

    private void waitFor(Duration timeout, String what, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, timeout, Duration.ofMillis(200))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(IndexOutOfBoundsException.class)
                .withMessage(() -> what + "; the page shows: " + browser.findElement(By.tagName("main")).getText())
                .until(condition);
    }

    private void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException("cannot save the screenshot " + name, e);
        }
    }
}
