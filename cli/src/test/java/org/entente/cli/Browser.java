package org.entente.cli;

import org.entente.leash.Leash;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One person's headless Chromium (Debian's, offline) on the web application, in a language and at a width: signs
 * in, fills forms, saves a screenshot of each page it is asked to, and runs axe-core (from its npm package, which
 * the cli build's pre-integration-test phase installs into {@code target/axe}) in the page.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int MIN_WINDOW = 500;
    static final Path AXE_PACKAGE = Path.of("target", "axe", "node_modules", "axe-core", "axe.min.js");
    private static final String AXE = readAxe();

    /**
     * Runs axe-core in the page and answers its violations, or null when axe is not in the page. Only the
     * violations are gathered whole (axe's resultTypes): it then builds selectors for the failing nodes alone, not
     * for every node that passed; every rule still runs on every node.
     */
    private static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            if (typeof axe === 'undefined') {
              done(null);
              return;
            }
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                               resultTypes: ['violations']})
              .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): '
                  + v.nodes.map(n => n.target.join(' ')).join(', '))))
              .catch(e => done(['axe failed: ' + e]));""";

    private final WebDriver driver;
    private final URI base;
    private final Path shots;
    private int shot;
    private boolean axeOnEveryPage;

    Browser(URI base, String journey, Path profile) {
        this(base, journey, profile, "fr-FR", 1280, 1100);
    }

    /** A browser whose person reads {@code language} (fr-FR, en-GB), its window {@code width} pixels wide. */
    Browser(URI base, String journey, Path profile, String language, int width, int height) {
        this.base = base;
        this.shots = SCREENSHOTS.resolve(journey);
        ChromeOptions options = new ChromeOptions().setBinary(HeadlessShell.executable()).addArguments(
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                // No crash reporter: its handler leaves the browser's process tree, so no leash would reach it.
                "--disable-crash-reporter", "--disable-breakpad",
                "--hide-scrollbars", "--window-size=" + width + "," + height, "--lang=" + language,
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages",
                language + "," + language.substring(0, 2)));
        // On Linux, Chromium takes its language (a date field's order, numbers) from LANGUAGE and LANG, not from
        // --lang, when chromium-l10n holds that language's pack.
        String locale = language.replace('-', '_') + ".UTF-8";
        ChromeDriverService service = new ChromeDriverService.Builder()
                // chromedriver through a wrapper on this JVM's leash: killed with SIGKILL, the JVM takes them along.
                .usingDriverExecutable(LeashedChromeDriver.executable()).usingAnyFreePort()
                // HOME in the profile and TMPDIR in the JVM's own: Chromium's settings and scratch directories
                // stay under target/, also when a leash had to kill it.
                .withEnvironment(Map.of("LANG", locale, "LC_ALL", locale, "LANGUAGE", language.replace('-', '_'),
                        "HOME", profile.toString(), "TMPDIR", System.getProperty("java.io.tmpdir"),
                        Leash.VARIABLE, Leash.toThisProcess()))
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
        if (width < MIN_WINDOW) {
            // Chromium keeps a window at least 500 px wide: a phone's screen is emulated, as its devtools do.
            ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                    "height", height, "deviceScaleFactor", 1, "mobile", true));
        }
    }

    Browser open(String path) {
        driver.get(base.resolve(path).toString());
        return this;
    }

    /** Signs in with the development sign-in as the listed person of that subject. */
    Browser signInAs(String subject) {
        open("/signin");
        click(By.cssSelector("button[data-person='" + subject + "']"));
        waitUntil(driver -> !URI.create(driver.getCurrentUrl()).getPath().startsWith("/signin"));
        return this;
    }

    Browser signInAsAnyone(String name, String institution, String role) {
        open("/signin");
        type(By.id("name"), name);
        type(By.id("institutionId"), institution);
        WebElement partner = driver.findElement(By.id("role-partner"));
        if (partner.isSelected() != "partner".equals(role)) {
            partner.click();
        }
        if (!"partner".equals(role)) {
            driver.findElement(By.id("role-" + role)).click();
        }
        driver.findElement(By.cssSelector("form[action$='/signin/identity'] button[type=submit]")).click();
        // Until the landing page replaced the form: read before, the sign-in page's text would be read (and pass
        // a "does not show" check), or its body go stale under the reading.
        waitUntil(driver -> !URI.create(driver.getCurrentUrl()).getPath().startsWith("/signin"));
        return this;
    }

    Browser signOut() {
        click(By.cssSelector("header form[action$='/signout'] button"));
        waitUntil(ExpectedConditions.urlContains("signedOut"));
        return this;
    }

    Browser click(By target) {
        waitUntil(ExpectedConditions.elementToBeClickable(target)).click();
        return this;
    }

    Browser type(By field, String text) {
        WebElement element = waitUntil(ExpectedConditions.visibilityOfElementLocated(field));
        element.clear();
        element.sendKeys(text);
        return this;
    }

    /**
     * Types a date into a date field as a person reading French or British English does, day first, and checks
     * the field understood it: Chromium orders a date field's parts by its language, and without Debian's
     * chromium-l10n ({@code .ci/ensure-chromium} installs it) it has English (US) alone and reads them month first.
     */
    Browser typeDate(By field, java.time.LocalDate date) {
        WebElement element = waitUntil(ExpectedConditions.visibilityOfElementLocated(field));
        element.clear();
        element.sendKeys(date.format(java.time.format.DateTimeFormatter.ofPattern("ddMMyyyy")));
        String understood = element.getDomProperty("value");
        if (!date.toString().equals(understood)) {
            throw new AssertionError("Typed " + date + " day first into " + field + ", which read '" + understood
                    + "': Chromium does not put the day first (is chromium-l10n installed? .ci/ensure-chromium)");
        }
        return this;
    }

    /** Sets a field's value as a person's date picker would, whatever the locale's typing order. */
    Browser set(By field, String value) {
        WebElement element = waitUntil(ExpectedConditions.presenceOfElementLocated(field));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", element, value);
        return this;
    }

    Browser select(By field, String value) {
        new org.openqa.selenium.support.ui.Select(waitUntil(ExpectedConditions.visibilityOfElementLocated(field)))
                .selectByValue(value);
        return this;
    }

    /** The element's text once it shows; read again when the page re-rendered it between finding and reading. */
    String text(By target) {
        return waitUntil(driver -> {
            WebElement element = driver.findElement(target);
            return element.isDisplayed() ? element.getText() : null;
        });
    }

    List<WebElement> all(By target) {
        return driver.findElements(target);
    }

    /** The window as a tablet's (768 × 1024) or a laptop's; answers whether the page then scrolls sideways. */
    boolean scrollsSidewaysAt(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        return scrollsSideways();
    }

    /** Whether the page is wider than its window, so that a person would have to scroll sideways to read it. */
    boolean scrollsSideways() {
        return (Boolean) script("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    }

    /** The elements wider than the window, as "tag#id.class (right edge)" lines: what to fix when it scrolls. */
    @SuppressWarnings("unchecked")
    List<String> overflowing() {
        return (List<String>) script("""
                const width = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > width + 1
                      || (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible'))
                  .filter(e => !e.closest('.table-scroll, pre'))
                  .slice(0, 8).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                      + (e.className && e.className.baseVal === undefined ? '.' + e.className : '')
                      + ' (' + Math.round(e.getBoundingClientRect().right) + ')');""");
    }

    /** The whole page at the window's width, as tall as the page is (up to 5,000 px). */
    Path screenshotWholePage(Path file) {
        long width = (Long) script("return document.documentElement.clientWidth;");
        long height = (Long) script("return Math.ceil(document.documentElement.scrollHeight);");
        Map<String, Object> shot = ((ChromeDriver) driver).executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true, "optimizeForSpeed", true, "clip", Map.of("x", 0,
                        "y", 0, "width", width, "height", Math.min(5000, height), "scale", 1)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, java.util.Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page's text; read again when the page replaced its body between finding and reading it. */
    String pageText() {
        return waitUntil(driver -> driver.findElement(By.tagName("body")).getText());
    }

    String currentPath() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Waits until the page shows the text, without reloading it: what others do must appear by itself. */
    Browser awaitText(String text) {
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
        return this;
    }

    /** Waits until the browser has navigated to an address containing the text (after a form's submission). */
    Browser awaitUrl(String part) {
        waitUntil(ExpectedConditions.urlContains(part));
        return this;
    }

    /** Waits up to 30 s; on timeout, keeps a screenshot and says which page it was on and what it showed. */
    <T> T waitUntil(Function<WebDriver, T> condition) {
        try {
            // A live page may replace a region, or its whole document, between a condition's finding and reading
            // an element: try again.
            return new WebDriverWait(driver, Duration.ofSeconds(30))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(ReplacedDocument.readAgain(condition));
        } catch (org.openqa.selenium.TimeoutException e) {
            Path file = screenshot("failure");
            throw new AssertionError("On " + driver.getCurrentUrl() + " (screenshot " + file + "): "
                    + e.getMessage().lines().findFirst().orElse("") + "\nThe page showed:\n" + lastText(), e);
        }
    }

    /** What the page shows, for a failure's message: never a second wait, nor an error hiding the first one. */
    private String lastText() {
        try {
            return driver.findElement(By.tagName("body")).getText();
        } catch (org.openqa.selenium.WebDriverException unreadable) {
            return "(unreadable: " + unreadable.getMessage().lines().findFirst().orElse("") + ")";
        }
    }

    /** Every request of this browser waits that long for its answer, as on a slow line or a loaded machine. */
    Browser withLatency(Duration latency) {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setLatency(latency);
        ((HasNetworkConditions) driver).setNetworkConditions(conditions);
        return this;
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Runs a script that answers through its callback, within the 30 s the constructor gave scripts. */
    Object asyncScript(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    /** The session cookie, to fetch a download as this person. */
    String sessionCookie() {
        return "ENTENTE_SESSION=" + driver.manage().getCookieNamed("ENTENTE_SESSION").getValue();
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(shots);
            Path file = shots.resolve(String.format("%02d-%s.png", ++shot, name));
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The WCAG 2.1 A/AA violations axe-core finds in the page, of any impact (minor and moderate as well as
     * serious and critical), as "rule (impact): target" lines.
     */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations() {
        if (!axeOnEveryPage) {
            // Into every page from now on, by the browser itself: not 500 KB through the driver per page.
            ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE));
            axeOnEveryPage = true;
        }
        Object result = asyncScript(AXE_RUN);
        if (result == null) {
            // A document loaded before axe was added to every page (the first one) gets it here, once.
            script(AXE);
            result = asyncScript(AXE_RUN);
        }
        return (List<String>) result;
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String readAxe() {
        if (!Files.isRegularFile(AXE_PACKAGE)) {
            throw new IllegalStateException(AXE_PACKAGE.toAbsolutePath() + " is missing: the cli build's "
                    + "pre-integration-test phase installs it (npm ci of cli/package.json into target/axe).");
        }
        try {
            return Files.readString(AXE_PACKAGE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
