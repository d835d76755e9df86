package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.review.project.ProjectFixture;
import org.tandem.review.project.ReviewProject;
import org.tandem.write.ReviewStatus;

class ExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void exportWritesTheChosenFormatsWithTheDecisions() throws IOException {
        Path file;
        try (ReviewProject project = ProjectFixture.create(dir)) {
            project.setStatus(3, 0, ReviewStatus.CONFIRMED, "");
            project.editTarget(3, project.bead(3).version(), "De burgemeester noemde het plan eerlijk.");
            file = project.file();
        }
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("export", file.toString(), "--formats", "tmx,xliff", "-o", out.toString(),
                "--only-confirmed");
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().contains("1 of 7 beads reviewed"), result.toString());
        String tmx = Files.readString(out.resolve("council.tmx"));
        assertEquals(1, tmx.split("<tu ").length - 1, tmx);
        assertTrue(tmx.contains("De burgemeester noemde het plan eerlijk."));
        assertTrue(Files.exists(out.resolve("council.xlf")));
        assertFalse(Files.exists(out.resolve("council.csv")));

        Cli.Result all = Cli.run("export", file.toString(), "--all", "--formats", "tmx");
        assertEquals(0, all.exitCode(), all.toString());
        assertEquals(5, Files.readString(dir.resolve("council.tmx")).split("<tu ").length - 1,
                "every two-sided bead, beside the project");
    }

    @Test
    void aBadProjectOrFormatIsOneLine() throws IOException {
        Path foreign = Files.writeString(dir.resolve("x.review.db"), "not a database at all, not at all");
        Cli.Result result = Cli.run("export", foreign.toString());
        assertEquals(2, result.exitCode());
        assertEquals(1, result.errLines().size(), result.toString());
        assertTrue(result.err().contains("not a Tandem review project"), result.toString());
        Path file;
        try (ReviewProject project = ProjectFixture.create(dir)) {
            file = project.file();
        }
        assertEquals(2, Cli.run("export", file.toString(), "--formats", "html").exitCode());
        assertEquals(2, Cli.run("export", file.toString(), "--all", "--only-confirmed").exitCode());
        assertEquals(2, Cli.run("review", "--project", dir.resolve("none.review.db").toString(), "--no-browser").exitCode());
    }
}
