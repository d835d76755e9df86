package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.extract.ReportPdfs;

import com.fasterxml.jackson.databind.JsonNode;

/** Page furniture is counted in the summary, listed beside the outputs, kept out of the TMX, or kept on request. */
class SetAsideCliTest {
    @TempDir
    Path temp;

    @Test
    void pageHeadersAndFootersAreCountedListedAndKeptOutOfTheTmx() throws IOException {
        Path source = ReportPdfs.english().save(temp.resolve("report.pdf"));
        Path target = ReportPdfs.dutch().save(temp.resolve("verslag.pdf"));
        Path out = temp.resolve("out");

        Cli.Result result = Cli.run("align", source.toString(), target.toString(), "-o", out.toString(),
                "--source-lang", "en", "--target-lang", "nl", "-q");

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.outLines().contains(
                "set aside: 8 page headers/footers (not aligned; listed in the .set-aside.jsonl file)"), result::toString);
        List<JsonNode> listed = Cli.readJsonl(out.resolve("verslag.set-aside.jsonl"));
        assertEquals(8, listed.size());
        assertEquals("{\"side\":\"source\",\"kind\":\"page header/footer\",\"page\":1,\"text\":\"Annual Report 2024\"}",
                listed.get(0).toString());
        assertEquals("{\"side\":\"target\",\"kind\":\"page header/footer\",\"page\":2,\"text\":\"Pagina 2 / 2\"}",
                listed.get(7).toString());
        String tmx = Files.readString(out.resolve("verslag.tmx"));
        for (String furniture : List.of("Annual Report", "Jaarverslag", "Page 1", "Pagina")) {
            assertFalse(tmx.contains(furniture), furniture);
        }
        assertTrue(tmx.contains("De tabel noemt de hoofdsteden."), "the text itself is there");
    }

    @Test
    void keepFurnitureKeepsItInTheText() throws IOException {
        Path source = ReportPdfs.english().save(temp.resolve("report.pdf"));
        Path target = ReportPdfs.dutch().save(temp.resolve("verslag.pdf"));
        Path out = temp.resolve("out");

        Cli.Result result = Cli.run("align", source.toString(), target.toString(), "-o", out.toString(),
                "--source-lang", "en", "--target-lang", "nl", "--keep-furniture", "-q");

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.outLines().stream().noneMatch(line -> line.startsWith("set aside:")), result::toString);
        assertFalse(Files.exists(out.resolve("verslag.set-aside.jsonl")));
        assertTrue(Files.readString(out.resolve("verslag.tmx")).contains("Jaarverslag 2024"));
    }
}
