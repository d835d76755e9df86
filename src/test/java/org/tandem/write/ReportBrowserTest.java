package org.tandem.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tandem.Tandem;
import org.tandem.TandemOptions;
import org.tandem.flag.Alignment;

/**
 * Opens the report in the system's headless Chromium and uses it as a reviewer would. Fails, never
 * skips, when Chromium or its driver is missing, naming the missing binary: CI installs both
 * ({@code .ci/run}), so a missing one is a broken machine, not a reason to test less.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path OUT = Path.of("target", "review-browser");

    /** Selenium warns that it has no DevTools bindings for this Chromium; the test does not use them. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    private ChromeDriverService service;
    private ChromeDriver driver;
    private Path profile;
    private Alignment seed;
    private Path seedReport;
    private Path largeReport;
    private Path menuReport;
    private List<Integer> flagged;

    @BeforeAll
    void start() throws IOException {
        requireExecutable(CHROMIUM, "chromium");
        requireExecutable(CHROMEDRIVER, "chromium-driver");
        Files.createDirectories(OUT);
        seed = new Tandem(TandemOptions.defaults().withLanguages("en", "nl"))
                .align(Path.of("seeds/lavrov-newsweek-2022.en.txt"), Path.of("seeds/000_1bcc9f068a6e245e.txt"));
        seedReport = write(seed, OUT.resolve("seed.html"));
        largeReport = write(ReportFixtures.synthetic(10_000), OUT.resolve("synthetic-10000.html"));
        menuReport = write(ReportFixtures.menu(), OUT.resolve("menu.html"));
        flagged = new ArrayList<>();
        for (int i = 0; i < seed.beads().size(); i++) {
            if (!seed.beads().get(i).flags().isEmpty()) {
                flagged.add(i + 1);
            }
        }
        assertTrue(flagged.size() >= 2, "the seed alignment needs two flagged beads for this test");

        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
        // The driver is named explicitly: Selenium Manager would try to download one.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        profile = Files.createTempDirectory("tandem-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1440,960",
                "--user-data-dir=" + profile.toAbsolutePath());
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
    }

    /** Fails with a message that names the missing binary and the Debian package that installs it. */
    static void requireExecutable(Path binary, String debianPackage) {
        if (!Files.isExecutable(binary)) {
            throw new AssertionError(binary + " is missing" + (Files.exists(binary) ? " its execute permission" : "")
                    + ": the browser test needs it; install it with 'apt-get install " + debianPackage + "'");
        }
    }

    @AfterAll
    void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    @Order(1)
    void flaggedFilterShowsExactlyTheFlaggedBeads() {
        open(seedReport);
        assertEquals(seed.beads().size(), visibleRows());
        new Select(driver.findElement(By.id("filter"))).selectByValue("flagged");
        assertEquals(flagged.size(), visibleRows());
        long displayed = driver.findElements(By.cssSelector("#beads > .bead")).stream()
                .filter(WebElement::isDisplayed).count();
        // A collapsed run of additions shows as its header alone; its flagged beads are hidden in it (a
        // run may hold an addition with no flag, such as a rule of dashes, which the filter hides too).
        long folded = 0;
        for (ReportModel.Run run : ReportModels.additionRuns(seed)) {
            if (run != null) {
                folded += seed.beads().subList(run.first() - 1, run.last()).stream()
                        .filter(b -> !b.flags().isEmpty()).count();
            }
        }
        assertTrue(folded > 0, "the seed ends in a run of additions");
        assertEquals(flagged.size() - folded, displayed);
        assertEquals("Showing " + flagged.size() + " of " + seed.beads().size() + " beads",
                driver.findElement(By.id("count")).getText());
    }

    @Test
    @Order(2)
    void jAndKMoveBetweenFlaggedBeads() {
        open(seedReport);
        press("j");
        assertFocused(flagged.get(0));
        press("j");
        assertFocused(flagged.get(1));
        press("k");
        assertFocused(flagged.get(0));
        assertTrue(inViewport("b" + flagged.get(0)));
    }

    @Test
    @Order(3)
    void jRespectsTheKindFilter() {
        open(seedReport);
        new Select(driver.findElement(By.id("filter"))).selectByValue("1"); // addition
        int firstAddition = 0;
        for (int i = 0; i < seed.beads().size() && firstAddition == 0; i++) {
            if (seed.beads().get(i).bead().isAddition()) {
                firstAddition = i + 1;
            }
        }
        assertTrue(firstAddition > 0, "the seed has an addition");
        driver.findElement(By.tagName("h1")).click(); // leave the select, as a reviewer would
        press("j");
        assertFocused(firstAddition);
    }

    @Test
    @Order(4)
    void clickingAMapMarkScrollsToItsBead() {
        open(seedReport);
        int target = flagged.get(flagged.size() - 1);
        assertEquals(0L, script("return window.scrollY"));
        assertTrue(!inViewport("b" + target), "the last flagged bead starts off screen");
        clickMark(target);
        assertNotEquals(0L, script("return window.scrollY"));
        assertTrue(inViewport("b" + target), "bead " + target + " is on screen after the click");
        assertFocused(target);
        screenshot(OUT.resolve("review-map-click.png"));
    }

    @Test
    @Order(5)
    void screenshotOfTheSeedReport() {
        open(seedReport);
        press("j");
        script("window.scrollTo(0, 0)");
        Path shot = screenshot(OUT.resolve("review-report.png"));
        assertTrue(shot.toFile().length() > 10_000);
    }

    @Test
    @Order(6)
    void loadTimes() {
        long seedMillis = loadMillis(seedReport);
        long largeMillis = loadMillis(largeReport);
        screenshot(OUT.resolve("review-10000.png"));
        System.out.printf("review report load (navigationStart to loadEventEnd): seed %d beads %d ms, "
                + "synthetic 10,000 beads (%,d bytes) %d ms%n", seed.beads().size(), seedMillis,
                largeReport.toFile().length(), largeMillis);
        // Filtering the large report stays interactive.
        long start = System.nanoTime();
        new Select(driver.findElement(By.id("filter"))).selectByValue("flagged");
        long filterMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("review report, 10,000 beads: flagged filter applied in %d ms (incl. WebDriver round trip)%n",
                filterMillis);
        assertTrue(largeMillis < 30_000, "10,000-bead report loads in " + largeMillis + " ms");
    }

    @Test
    @Order(8)
    void aRunOfAdditionsIsOneStopForJAndOpensOnAClickOrASearch() {
        open(menuReport);
        assertTrue(displayed("r1") && displayed("r9"));
        assertTrue(!displayed("b1") && !displayed("b4") && displayed("b5") && displayed("b6") && !displayed("b9"));

        press("j");
        assertFocusedId("r1");
        press("j");
        assertFocused(6); // two additions in a row stay as they are
        press("j");
        assertFocused(7);
        press("j");
        assertFocusedId("r9");
        press("k");
        assertFocused(7);

        driver.findElement(By.cssSelector("#r1 button")).click();
        assertTrue(displayed("b1") && displayed("b2") && displayed("b3") && displayed("b4"));
        assertEquals("true", driver.findElement(By.cssSelector("#r1 button")).getAttribute("aria-expanded"));
        driver.findElement(By.cssSelector("#r1 button")).click();
        assertTrue(!displayed("b1") && !displayed("b4"));

        WebElement search = driver.findElement(By.id("q"));
        search.sendKeys("fietsbrug");
        search.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertTrue(displayed("b9"), "a search that finds text in a collapsed run opens it");
        assertTrue(!displayed("r1"), "a run with no match is hidden with its beads");
        screenshot(OUT.resolve("review-runs.png"));
    }

    private boolean displayed(String id) {
        return driver.findElement(By.id(id)).isDisplayed();
    }

    private void assertFocusedId(String id) {
        assertEquals(id, script("return document.activeElement.id"));
        assertEquals(Boolean.TRUE, script("return document.activeElement.classList.contains('cur')"));
    }

    /**
     * Clicks the middle of a bead's mark as a reviewer would. Not WebElement.click(): a mark on an
     * axis lane is a straight stroke whose box has zero width, which WebDriver refuses to click.
     */
    private void clickMark(int bead) {
        WebElement map = driver.findElement(By.id("map"));
        @SuppressWarnings("unchecked")
        List<Number> offset = (List<Number>) script("var m = document.getElementById('map').getBoundingClientRect();"
                + "var r = document.querySelector('#map path.m[data-b=\"' + arguments[0] + '\"]').getBoundingClientRect();"
                + "return [Math.round(r.x + r.width / 2 - (m.x + m.width / 2)),"
                + " Math.round(r.y + r.height / 2 - (m.y + m.height / 2))];", bead);
        new Actions(driver).moveToElement(map, offset.get(0).intValue(), offset.get(1).intValue()).click().perform();
    }

    @Test
    @Order(7)
    void printLayoutDropsTheControlsAndKeepsBeadsWhole() {
        open(seedReport);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            assertEquals("none", script("return getComputedStyle(document.querySelector('.side')).display"));
            assertEquals("avoid", script("return getComputedStyle(document.querySelector('.bead')).breakInside"));
            screenshot(OUT.resolve("review-print.png"));
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
    }

    private long loadMillis(Path report) {
        open(report);
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> ((Number) script("return performance.timing.loadEventEnd")).longValue() > 0);
        return ((Number) script("return performance.timing.loadEventEnd - performance.timing.navigationStart"))
                .longValue();
    }

    private static Path write(Alignment alignment, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            new HtmlReportWriter().write(alignment, out);
        }
        return file;
    }

    private void open(Path report) {
        // about:blank first so the same URL really reloads with fresh script state.
        driver.get("about:blank");
        driver.get(report.toAbsolutePath().toUri().toString());
    }

    private void press(String key) {
        new Actions(driver).sendKeys(key).perform();
    }

    private long visibleRows() {
        return (Long) script("return document.querySelectorAll('#beads > .bead:not(.hide)').length");
    }

    private void assertFocused(int bead) {
        assertEquals("b" + bead, script("return document.activeElement.id"));
        assertEquals(Boolean.TRUE, script("return document.activeElement.classList.contains('cur')"));
    }

    private boolean inViewport(String id) {
        return (Boolean) script("var r = document.getElementById(arguments[0]).getBoundingClientRect();"
                + "return r.bottom > 0 && r.top < window.innerHeight;", id);
    }

    private Object script(String code, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(code, args);
    }

    private Path screenshot(Path file) {
        try {
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), file,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file;
    }
}
