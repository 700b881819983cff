package docpipe.local.e2e;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The machine's own Chromium and chromedriver (Debian's {@code chromium} and {@code chromium-driver}), both given by
 * path, so that Selenium Manager never looks for or downloads a browser.
 */
final class HeadlessChromium {

    static final Path BROWSER = Path.of(System.getProperty("docpipe.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));

    private HeadlessChromium() {
    }

    /** What is missing to run the browser test, or null when both the browser and its driver are there. */
    static String missing() {
        if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
            return null;
        }
        return "the console's browser test needs " + BROWSER + " and " + DRIVER
                + " (apt-get install chromium chromium-driver; .ci/run installs them)";
    }

    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Reached only when the browser is there or on CI, where a browser test that cannot run must fail. */
    static void requireInstalled() {
        String missing = missing();
        if (missing != null) {
            throw new IllegalStateException("CI=true but " + missing);
        }
    }

    /**
     * Without the browser the test class is skipped and the report says why, except on CI ({@code CI=true}), where a
     * browser test that does not run must not pass for one that did: there it runs and fails.
     */
    static final class Installed implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String missing = missing();
            if (missing == null || onCi()) {
                return ConditionEvaluationResult.enabled(missing == null ? "chromium found" : "CI=true: must run");
            }
            return ConditionEvaluationResult.disabled("skipped: " + missing);
        }
    }

    static ChromeDriver start() {
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        // as root in a container Chromium needs --no-sandbox; the rest keeps it from reaching out to the network
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--disable-default-apps", "--no-first-run", "--window-size=1360,1000", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
