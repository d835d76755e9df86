package org.tandem.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.tandem.flag.Alignment;
import org.tandem.flag.FlagKind;
import org.tandem.flag.FlaggedBead;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class HtmlReportWriterTest {
    private static final Alignment HOSTILE = ReportFixtures.hostile();

    private static Document parse(Alignment alignment) {
        return Jsoup.parse(new String(ReportFixtures.render(alignment), StandardCharsets.UTF_8));
    }

    @Test
    void summaryShowsSegmentsBeadTypesAndFlagCounts() {
        Document page = parse(HOSTILE);
        assertEquals("5", page.getElementById("sum-source").text());
        assertEquals("4", page.getElementById("sum-target").text());
        assertEquals("5", page.getElementById("sum-beads").text());
        assertEquals("4", page.getElementById("sum-flagged").text());
        List<String> types = page.select("#sum-types tr").eachText();
        assertEquals(List.of("1-1 2", "2-1 1", "0-1 1", "1-0 1"), types);
    }

    @Test
    void legendListsEveryKindWithItsColourClassAndCount() {
        Elements items = parse(HOSTILE).select("#legend li");
        assertEquals(FlagKind.values().length, items.size());
        for (FlagKind kind : FlagKind.values()) {
            Element item = parse(HOSTILE).selectFirst("#legend li[data-kind=" + kind.label() + "]");
            assertTrue(item.hasClass("k-" + kind.label()), kind.label());
            long expected = HOSTILE.beads().stream().filter(b -> b.has(kind)).count();
            assertEquals(Long.toString(expected), item.selectFirst(".kc").text(), kind.label());
            assertFalse(item.selectFirst(".km").text().isBlank(), "legend explains " + kind.label());
        }
    }

    @Test
    void oneRowPerBeadWithTypeScoreAndFlags() {
        Document page = parse(HOSTILE);
        Elements rows = page.select("#beads > .bead");
        assertEquals(HOSTILE.beads().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Element row = rows.get(i);
            FlaggedBead bead = HOSTILE.beads().get(i);
            assertEquals("b" + (i + 1), row.id());
            assertEquals(bead.bead().type(), row.selectFirst(".n .t").text());
            assertEquals(bead.flags().size(), row.select(".fl .chip").size());
            assertEquals(!bead.flags().isEmpty(), row.hasClass("f"));
        }
        assertEquals("0.457", rows.get(0).selectFirst(".n .s").text(), "half-up like the other formats");
        Element chip = rows.get(4).select(".chip").get(1);
        assertTrue(chip.hasClass("k-untranslated"));
        assertEquals("untranslated looks like English", chip.text());
        assertEquals("", rows.get(2).selectFirst(".tl").text(), "an omission has an empty target side");
    }

    @Test
    void hostileTextIsEscapedAndComesBackUnchanged() {
        String html = new String(ReportFixtures.render(HOSTILE), StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        // Only the report's own two scripts: nothing in the texts opened a script element.
        assertEquals(2, page.select("script").size());
        assertEquals(0, page.select("#beads img, #beads b:not(.chip b), #beads script").size());
        Elements rows = page.select("#beads > .bead");
        assertEquals(ReportFixtures.HOSTILE_SOURCE, rows.get(0).selectFirst(".sl").wholeText());
        assertEquals(ReportFixtures.HOSTILE_TARGET, rows.get(0).selectFirst(".tl").wholeText());
        assertEquals("number-mismatch " + ReportFixtures.HOSTILE_REASON, rows.get(0).selectFirst(".chip").text());
        assertEquals("Lone surrogate \uFFFD here.", rows.get(4).selectFirst(".sl").text());
        assertTrue(page.title().startsWith(ReportFixtures.HOSTILE_NAME), page.title());
        assertFalse(html.contains("<script>alert"), "no live script from the texts");
    }

    @Test
    void dataBlockIsScriptSafeJson() throws IOException {
        String html = new String(ReportFixtures.render(HOSTILE), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("<script type=\"application/json\" id=\"data\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertTrue(block.find());
        String json = block.group(1);
        assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
        JsonNode data = new ObjectMapper().readTree(json);
        assertEquals(ReportFixtures.HOSTILE_NAME, data.get("name").asText());
        assertEquals(HOSTILE.beads().size(), data.get("beads").size());
        assertEquals("[4,4,2,3,2]", data.get("beads").get(3).toString(), "addition: empty source, flag bit 1");
    }

    @Test
    void mapHasOneMarkPerBeadAndOwnElementsForFlaggedBeads() {
        Alignment alignment = ReportFixtures.synthetic(500);
        Document page = parse(alignment);
        long flagged = alignment.beads().stream().filter(b -> !b.flags().isEmpty()).count();
        Elements own = page.select("#map path.m");
        assertEquals(flagged, own.size());
        String plain = page.selectFirst("#map path.plain").attr("d");
        assertEquals(alignment.beads().size() - flagged, plain.chars().filter(c -> c == 'M').count());
        assertEquals(Integer.toString(alignment.beads().size()), page.getElementById("map").attr("data-marks"));
        // Omissions sit on the lane under the source axis, additions on the lane left of the target axis.
        int omission = firstIndex(alignment, FlagKind.OMISSION);
        int addition = firstIndex(alignment, FlagKind.ADDITION);
        String lane = Integer.toString(AlignmentMap.SPAN + AlignmentMap.LANE);
        assertTrue(page.selectFirst("#map path[data-b=" + (omission + 1) + "]").attr("d").endsWith(" " + lane));
        assertTrue(page.selectFirst("#map path[data-b=" + (addition + 1) + "]").attr("d").startsWith("M-" + AlignmentMap.LANE + " "));
    }

    @Test
    void sameAlignmentGivesIdenticalBytes() {
        Alignment alignment = ReportFixtures.synthetic(300);
        assertArrayEquals(ReportFixtures.render(alignment), ReportFixtures.render(alignment));
        assertArrayEquals(ReportFixtures.render(HOSTILE), ReportFixtures.render(HOSTILE));
    }

    @Test
    void selfContainedWithoutNetworkReferences() {
        Document page = parse(HOSTILE);
        assertEquals(0, page.select("link, script[src], img[src], iframe").size());
        String html = page.html();
        assertFalse(html.contains("http://") || html.contains("https://"), "no external address");
    }

    @Test
    void tenThousandBeadsStayCompact() {
        Alignment alignment = ReportFixtures.synthetic(10_000);
        long start = System.nanoTime();
        byte[] report = ReportFixtures.render(alignment);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Document page = Jsoup.parse(new String(report, StandardCharsets.UTF_8));
        assertEquals(10_000, page.select("#beads > .bead").size());
        // About 2.3 KB of sentence text per 10 beads; markup must not dwarf it.
        System.out.printf("review report, 10,000 beads: %,d bytes, %,d elements, written in %d ms%n",
                report.length, page.getAllElements().size(), millis);
        assertTrue(report.length < 6_000_000, "report is " + report.length + " bytes");
        assertTrue(page.getAllElements().size() < 10 * 10_000, "DOM stays near one small row per bead");
    }

    @Test
    void writerLeavesTheStreamOpen() throws IOException {
        class Tracking extends ByteArrayOutputStream {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        }
        Tracking out = new Tracking();
        new HtmlReportWriter().write(HOSTILE, out);
        assertFalse(out.closed);
        assertTrue(out.size() > 0);
    }

    @Test
    void htmlIsAnOutputFormat() {
        assertEquals("html", OutputFormat.HTML.extension());
        assertEquals(OutputFormat.HTML, OutputFormat.parse("HTML"));
        assertInstanceOf(HtmlReportWriter.class, Writers.forFormat(OutputFormat.HTML, "1.0"));
    }

    @Test
    void runsOfThreeOrMoreAdditionsReadAsOneCollapsedBlockWithACount() {
        Alignment menu = ReportFixtures.menu();
        Document page = parse(menu);

        Elements runs = page.select("#beads > .run");
        assertEquals(2, runs.size());
        Element menuRun = runs.get(0);
        assertEquals("1", menuRun.attr("data-first"));
        assertEquals("4", menuRun.attr("data-count"));
        assertEquals("4 additions in a row", menuRun.selectFirst(".rc").text());
        assertEquals("beads 1–4", menuRun.selectFirst(".rr").text());
        assertEquals("Home · Nieuws · Sport · Contact", menuRun.selectFirst(".rp").text());
        assertEquals("false", menuRun.selectFirst("button").attr("aria-expanded"));
        assertEquals("b1", menuRun.nextElementSibling().id(), "the header stands right before its first bead");

        Element relatedRun = runs.get(1);
        assertEquals("9", relatedRun.attr("data-first"));
        assertEquals("beads 9–13", relatedRun.selectFirst(".rr").text());
        String preview = relatedRun.selectFirst(".rp").text();
        assertTrue(preview.startsWith("Gerelateerd: nieuwe fietsbrug over de Maas") && preview.endsWith(" …")
                && preview.length() <= 142, preview);

        // Nothing is lost: every bead keeps its row; the runs' rows are folded, the pair of additions is not.
        Elements rows = page.select("#beads > .bead");
        assertEquals(menu.beads().size(), rows.size());
        List<Integer> folded = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).hasClass("fold")) {
                folded.add(i + 1);
            }
        }
        assertEquals(List.of(1, 2, 3, 4, 9, 10, 11, 12, 13), folded);
    }

    @Test
    void aReportWithoutRunsHasNoRunHeaders() {
        assertEquals(0, parse(HOSTILE).select("#beads > .run, #beads > .bead.fold").size());
    }

    private static int firstIndex(Alignment alignment, FlagKind kind) {
        for (int i = 0; i < alignment.beads().size(); i++) {
            if (alignment.beads().get(i).has(kind)) {
                return i;
            }
        }
        throw new AssertionError("no " + kind);
    }
}
