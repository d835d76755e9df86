package org.tandem.review.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tandem.Tandem;
import org.tandem.TandemOptions;
import org.tandem.flag.Alignment;
import org.tandem.review.project.ProjectBead;
import org.tandem.review.project.ReviewProject;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.tmx.TmxFilter;

/**
 * A reviewer's session on the seed pair in the system's headless Chromium, keyboard first: confirm three
 * beads, dismiss a flag, merge two beads and split them again, edit a target, reject a pair, undo; then
 * reload, restart the server, and read the exported TMX back with Okapi. Fails, never skips, when
 * Chromium or its driver is missing (CI installs both).
 */
class WorkbenchBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String EDIT = "De Russische minister <Lavrov> & zijn “loopbaan”: een halve eeuw.";

    @TempDir
    Path dir;

    private ChromeDriverService service;
    private ChromeDriver driver;
    private Path profile;
    private ReviewProject project;
    private ReviewServer server;

    @BeforeEach
    void start() throws IOException {
        requireExecutable(CHROMIUM, "chromium");
        requireExecutable(CHROMEDRIVER, "chromium-driver");
        Alignment seed = new Tandem(TandemOptions.defaults().withLanguages("en", "nl"))
                .align(Path.of("seeds/lavrov-newsweek-2022.en.txt"), Path.of("seeds/000_1bcc9f068a6e245e.txt"));
        project = ReviewProject.create(ReviewProject.fileFor(dir, seed.name()), seed, "test");
        server = ReviewServer.start(project, 0, (s, t) -> { throw new AssertionError("no realign here"); }, "test");
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.SEVERE);
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        profile = Files.createTempDirectory("tandem-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1400,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (server != null) {
            server.close();
        }
        if (project != null) {
            project.close();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    static void requireExecutable(Path binary, String debianPackage) {
        if (!Files.isExecutable(binary)) {
            throw new AssertionError(binary + " is missing: the browser test needs it; install it with 'apt-get install "
                    + debianPackage + "'");
        }
    }

    @Test
    void aReviewSurvivesReloadAndRestartAndReachesTheTmx() throws IOException {
        List<ProjectBead> beads = project.beads();
        // Plain 1-1 beads to work on, and a 1-1 bead with a drift flag to dismiss.
        List<ProjectBead> plain = beads.stream().filter(b -> b.bead().isOneToOne() && b.flags().isEmpty()).toList();
        ProjectBead drifting = beads.stream().filter(b -> b.bead().isOneToOne() && !b.flags().isEmpty()).findFirst().orElseThrow();
        ProjectBead merged = adjacentPair(beads);
        ProjectBead rejected = plain.get(5);
        ProjectBead edited = plain.get(0);

        driver.get(server.url());
        waitForProgress("0 of " + beads.size() + " beads reviewed");
        int open = project.progress().openFlags();

        for (int k = 0; k < 3; k++) {
            select(plain.get(k).id());
            press("c");
            waitForProgress((k + 1) + " of " + beads.size() + " beads reviewed");
        }
        select(drifting.id());
        press("d");
        waitFor(() -> row(drifting.id()).findElements(By.cssSelector(".chip.v-dismissed")).size() == 1);
        assertTrue(progress().endsWith((open - 1) + " flags open"), progress());

        select(merged.id());
        press("m");
        waitFor(() -> type(merged.id()).equals("2-2"));
        assertEquals(beads.size() - 1, rows());
        press("s");
        waitFor(() -> type(merged.id()).equals("1-1") && rows() == beads.size());

        select(edited.id());
        press("e");
        WebElement area = driver.findElement(By.id("edit"));
        area.clear();
        area.sendKeys(EDIT);
        area.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        waitFor(() -> targetText(edited.id()).equals(EDIT));

        select(rejected.id());
        press("r");
        waitFor(() -> status(rejected.id()).equals("rejected"));
        press("m");
        waitFor(() -> type(rejected.id()).equals("2-2") || type(rejected.id()).startsWith("2-"));
        press("u");
        waitFor(() -> type(rejected.id()).equals("1-1"));

        String expected = progress();
        assertTrue(expected.startsWith("4 of " + beads.size()), expected);
        driver.navigate().refresh();
        waitForProgress(expected);
        assertState(drifting, edited, rejected);

        Path file = project.file();
        server.close();
        project.close();
        project = ReviewProject.open(file);
        server = ReviewServer.start(project, 0, (s, t) -> { throw new AssertionError("no realign here"); }, "test");
        driver.get(server.url());
        waitForProgress(expected);
        assertState(drifting, edited, rejected);

        filtersAndMapFindBeads();

        ApiClient api = new ApiClient(server.port(), server.token());
        ApiClient.Response tmx = api.get("/api/export?format=tmx");
        assertEquals(200, tmx.status());
        Map<String, String> units = readTmx(tmx.body().getBytes(StandardCharsets.UTF_8));
        assertEquals(EDIT, units.get(Integer.toString(project.number(edited.id()))), "the edit is in the TMX");
        assertFalse(units.containsKey(Integer.toString(project.number(rejected.id()))), "no rejected pair");
        assertTrue(units.containsKey(Integer.toString(project.number(drifting.id()))),
                "its only flag dismissed, the pair is in");
        assertFalse(units.values().contains(project.originalTargetText(edited.bead())), "not the text before the edit");
    }

    private void filtersAndMapFindBeads() {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("filter-status"))).selectByValue("confirmed");
        waitFor(() -> driver.findElements(By.cssSelector("#beads .bead:not(.hide)")).size() == 3);
        assertTrue(driver.findElement(By.id("count")).getText().startsWith("3 of "), driver.findElement(By.id("count")).getText());
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("filter-status"))).selectByValue("all");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("filter-flag"))).selectByValue("omission");
        long omissions = project.beads().stream().filter(b -> b.flags().stream()
                .anyMatch(f -> f.kind() == org.tandem.flag.FlagKind.OMISSION)).count();
        waitFor(() -> driver.findElements(By.cssSelector("#beads .bead:not(.hide)")).size() == omissions);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("filter-flag"))).selectByValue("all");

        List<WebElement> marks = driver.findElements(By.cssSelector("#map path.m"));
        assertTrue(marks.size() > 5, "flagged beads are marks on the map");
        WebElement mark = marks.get(marks.size() / 2);
        long id = Long.parseLong(mark.getAttribute("data-id"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", mark);
        waitFor(() -> row(id).getAttribute("class").contains("cur"));
    }

    private void assertState(ProjectBead drifting, ProjectBead edited, ProjectBead rejected) {
        assertEquals(1, row(drifting.id()).findElements(By.cssSelector(".chip.v-dismissed")).size());
        assertEquals(EDIT, targetText(edited.id()));
        assertEquals("confirmed", status(edited.id()));
        assertEquals("rejected", status(rejected.id()));
        assertEquals("1-1", type(rejected.id()));
        assertEquals(3, driver.findElements(By.cssSelector(".bead.st-confirmed")).size());
    }

    /** The first of two neighbouring plain 1-1 beads that none of the other steps uses. */
    private static ProjectBead adjacentPair(List<ProjectBead> beads) {
        int seen = 0;
        for (int k = 0; k + 1 < beads.size(); k++) {
            ProjectBead a = beads.get(k);
            ProjectBead b = beads.get(k + 1);
            if (a.bead().isOneToOne() && a.flags().isEmpty() && b.bead().isOneToOne() && b.flags().isEmpty() && ++seen == 4) {
                return a;
            }
        }
        throw new AssertionError("the seed has no two neighbouring plain 1-1 beads");
    }

    private void select(long id) {
        WebElement number = row(id).findElement(By.cssSelector(".n"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", number);
        number.click();
        waitFor(() -> row(id).getAttribute("class").contains("cur"));
    }

    private void press(String key) {
        new Actions(driver).sendKeys(key).perform();
    }

    private WebElement row(long id) {
        return driver.findElement(By.id("bead-" + id));
    }

    private String type(long id) {
        return row(id).findElement(By.cssSelector(".n .t")).getText();
    }

    private String status(long id) {
        return row(id).findElement(By.cssSelector(".n .status")).getText().toLowerCase(java.util.Locale.ROOT);
    }

    private String targetText(long id) {
        return row(id).findElement(By.cssSelector(".x.tl")).getText();
    }

    private int rows() {
        return driver.findElements(By.cssSelector("#beads .bead")).size();
    }

    private String progress() {
        return driver.findElement(By.id("progress")).getText();
    }

    private void waitForProgress(String text) {
        waitFor(() -> progress().startsWith(text));
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    /** tuid → target text, as Okapi's TMX filter reads them. */
    private static Map<String, String> readTmx(byte[] bytes) {
        LocaleId nl = LocaleId.fromString("nl");
        Map<String, String> units = new HashMap<>();
        IFilter filter = new TmxFilter();
        try (RawDocument document = new RawDocument(new ByteArrayInputStream(bytes), "UTF-8", LocaleId.fromString("en"), nl)) {
            filter.open(document);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    ITextUnit unit = event.getTextUnit();
                    units.put(unit.getName(), unit.getTarget(nl).getUnSegmentedContentCopy().getText());
                }
            }
        } finally {
            filter.close();
        }
        return units;
    }
}
