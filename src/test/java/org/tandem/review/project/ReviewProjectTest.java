package org.tandem.review.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.input.BadInputException;
import org.tandem.align.Bead;
import org.tandem.flag.FlagKind;
import org.tandem.write.FlagVerdict;
import org.tandem.write.OutputFormat;
import org.tandem.write.Review;
import org.tandem.write.ReviewStatus;

class ReviewProjectTest {
    @TempDir
    Path dir;

    @Test
    void everyActionIsInTheFileAfterReopeningAndUndoContinuesWhereItWas() {
        Path file;
        try (ReviewProject project = ProjectFixture.create(dir)) {
            file = project.file();
            project.setStatus(1, 0, ReviewStatus.CONFIRMED, "fine");
            project.decideFlag(2, 0, 0, FlagVerdict.DISMISSED, "24 is a typo in the source");
            project.mergeNext(3, 0, 0L);
            project.editTarget(7, 0, "De vergadering was om negen uur afgelopen.");
            project.undo();
        }
        try (ReviewProject project = ReviewProject.open(file)) {
            assertEquals(ReviewStatus.CONFIRMED, project.bead(1).status());
            assertEquals("fine", project.bead(1).note());
            assertEquals(FlagVerdict.DISMISSED, project.bead(2).flags().get(0).verdict());
            assertEquals(new Bead(2, 5, 2, 4), project.bead(3).bead(), "the merge");
            assertThrows(UnknownBeadException.class, () -> project.bead(4), "merged into 3");
            assertNull(project.bead(7).editedTarget(), "the edit was undone");
            assertTrue(project.canRedo());
            project.redo();
            assertEquals("De vergadering was om negen uur afgelopen.", project.targetText(project.bead(7)));
            project.undo(); // the edit
            project.undo(); // the merge
            assertEquals(new Bead(2, 3, 2, 3), project.bead(3).bead());
            assertEquals(new Bead(3, 5, 3, 4), project.bead(4).bead());
            assertEquals(8, project.events().size(), "undo and redo are logged too, nothing is removed");
        }
    }

    @Test
    void aStaleVersionChangesNothing() {
        try (ReviewProject project = ProjectFixture.create(dir)) {
            project.setStatus(1, 0, ReviewStatus.CONFIRMED, "");
            long revision = project.revision();
            assertThrows(StaleVersionException.class, () -> project.setStatus(1, 0, ReviewStatus.REJECTED, ""));
            assertThrows(StaleVersionException.class, () -> project.mergeNext(1, 0, 0L), "bead 1 is at version 1");
            project.mergeNext(2, 0, 0L);
            assertThrows(StaleVersionException.class, () -> project.mergePrevious(2, 0, 1L), "the merge changed bead 2");
            assertThrows(StaleVersionException.class, () -> project.mergeNext(2, project.bead(2).version(), 5L),
                    "the next bead is at version 0, not 5");
            assertEquals(ReviewStatus.CONFIRMED, project.bead(1).status());
            assertEquals(revision + 1, project.revision(), "only the first merge happened");
        }
    }

    @Test
    void splitMoveAndMarkReshapeBeadsAndKeepEverySegmentInOneBead() {
        try (ReviewProject project = ProjectFixture.create(dir)) {
            project.split(4, 0, 1, 1); // 2-1 at source 1, target 1 -> 1-1 and 1-0
            assertEquals(new Bead(3, 4, 3, 4), project.bead(4).bead());
            ProjectBead second = project.beads().get(4);
            assertEquals(new Bead(4, 5, 4, 4), second.bead());
            assertEquals(FlagKind.OMISSION, second.flags().get(0).kind(), "a one-sided part is flagged as such");

            assertThrows(InvalidActionException.class, () -> project.split(1, 0, 1, 1), "both parts need a segment");
            project.move(second.id(), second.version(), ReviewProject.Side.SOURCE, false);
            assertEquals(new Bead(3, 5, 3, 4), project.bead(4).bead(), "the segment moved back into bead 4");
            assertThrows(UnknownBeadException.class, () -> project.bead(second.id()), "an emptied bead is no more");

            long version = project.bead(3).version();
            project.mark(3, version, FlagKind.OMISSION);
            ProjectBead marked = project.bead(3);
            assertEquals(new Bead(2, 3, 2, 2), marked.bead());
            assertEquals(ReviewStatus.CONFIRMED, marked.status());
            assertEquals(FlagVerdict.ACCEPTED, marked.flags().get(0).verdict());
            ProjectBead rest = project.beads().get(project.number(3));
            assertEquals(new Bead(3, 3, 2, 3), rest.bead());
            assertEquals(FlagKind.ADDITION, rest.flags().get(0).kind());
            project.alignment(); // the constructor checks that the beads still cover both documents in order
        }
    }

    @Test
    void realignLeavesConfirmedBeadsAloneAndRealignsTheGapsBetweenThem() {
        try (ReviewProject project = ProjectFixture.create(dir)) {
            project.setStatus(1, 0, ReviewStatus.CONFIRMED, "");
            project.setStatus(7, 0, ReviewStatus.CONFIRMED, "");
            ProjectBead first = project.bead(1);
            ProjectBead last = project.bead(7);
            project.mergeNext(2, 0, 0L);
            project.mergeNext(2, project.bead(2).version(), null);
            assertEquals(new Bead(1, 5, 1, 4), project.bead(2).bead());
            ProjectEvent event = project.realign(ProjectFixture.aligner());
            assertTrue(event != null && !event.after().isEmpty(), "the reviewer's 4-3 bead is not what the aligner finds");
            assertEquals(first, project.bead(1), "confirmed beads never change");
            assertEquals(last, project.bead(7));
            assertTrue(project.beads().size() > 4, "the gap is aligned again in smaller beads: " + project.beads());
            project.undo();
            assertEquals(new Bead(1, 5, 1, 4), project.bead(2).bead(), "a realign is undone as one action");
        }
    }

    @Test
    void exportsReflectDecisionsAndEdits() throws IOException {
        try (ReviewProject project = ProjectFixture.create(dir)) {
            project.setStatus(3, 0, ReviewStatus.CONFIRMED, "");
            project.setStatus(4, 0, ReviewStatus.REJECTED, "wrong link");
            project.editTarget(3, project.bead(3).version(), "De burgemeester noemde het plan eerlijk.");
            String tmx = export(project, OutputFormat.TMX, Review.Scope.DECIDED);
            assertTrue(tmx.contains("<tu tuid=\"1\">"), "an open bead without flags is in");
            assertFalse(tmx.contains("<tu tuid=\"2\">"), "an open flag keeps a bead out");
            assertTrue(tmx.contains("De burgemeester noemde het plan eerlijk."), "the edit");
            assertFalse(tmx.contains("De burgemeester zei dat"), "not the original");
            assertFalse(tmx.contains("<tu tuid=\"4\">"), "a rejected bead is out");
            project.decideFlag(2, 0, 0, FlagVerdict.DISMISSED, "");
            assertTrue(export(project, OutputFormat.TMX, Review.Scope.DECIDED).contains("<tu tuid=\"2\">"),
                    "with its only flag dismissed a bead is in");
            String all = export(project, OutputFormat.TMX, Review.Scope.ALL);
            assertTrue(all.contains("<tu tuid=\"4\">") && all.contains("<prop type=\"x-tandem-state\">rejected</prop>"));
            String confirmed = export(project, OutputFormat.TMX, Review.Scope.ONLY_CONFIRMED);
            assertEquals(1, confirmed.split("<tu ").length - 1, "only bead 3");

            String xliff = export(project, OutputFormat.XLIFF, Review.Scope.DECIDED);
            assertTrue(xliff.contains("<target state=\"signed-off\">De burgemeester noemde het plan eerlijk.</target>"), xliff);
            assertTrue(xliff.contains("<note from=\"reviewer\">rejected: wrong link</note>"), xliff);
            assertTrue(xliff.contains("<note from=\"reviewer\">dismissed number-mismatch</note>"), xliff);
            String jsonl = export(project, OutputFormat.JSONL, Review.Scope.ONLY_CONFIRMED);
            assertEquals(1, jsonl.lines().count());
            assertTrue(jsonl.contains("\"status\":\"confirmed\"") && jsonl.contains("\"edited\":true"), jsonl);
            String csv = export(project, OutputFormat.CSV, Review.Scope.DECIDED);
            assertTrue(csv.lines().findFirst().orElseThrow().endsWith(",status,verdicts,note"), csv);
            assertEquals(8, csv.lines().count(), "the header and every bead");
        }
    }

    @Test
    void aForeignOrDamagedFileIsOneLineOfBadInput() throws IOException, SQLException {
        Path text = dir.resolve("notes.review.db");
        Files.writeString(text, "just some text that is long enough to be read");
        assertOneLine(assertThrows(BadInputException.class, () -> ReviewProject.open(text)), "not an SQLite database");

        Path other = dir.resolve("other.review.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + other);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t (x)");
        }
        assertOneLine(assertThrows(BadInputException.class, () -> ReviewProject.open(other)), "another program");

        Path file;
        try (ReviewProject project = ProjectFixture.create(dir)) {
            file = project.file();
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int k = 100; k < bytes.length; k++) {
            bytes[k] = (byte) 0x5A;
        }
        Files.write(file, bytes);
        assertOneLine(assertThrows(BadInputException.class, () -> ReviewProject.open(file)), "damaged");
        assertOneLine(assertThrows(BadInputException.class, () -> ReviewProject.open(dir.resolve("missing.review.db"))),
                "no such project file");
        assertThrows(BadInputException.class, () -> ProjectFixture.create(dir), "never overwrites a project");
    }

    @Test
    void theEventLogRefusesToBeRewritten() throws SQLException {
        Path file;
        try (ReviewProject project = ProjectFixture.create(dir)) {
            project.setStatus(1, 0, ReviewStatus.CONFIRMED, "");
            file = project.file();
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> statement.execute("DELETE FROM event"));
            assertTrue(e.getMessage().contains("append-only"), e.getMessage());
        }
    }

    private static void assertOneLine(BadInputException e, String expected) {
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static String export(ReviewProject project, OutputFormat format, Review.Scope scope) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        project.export(format, scope, "test", out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unused")
    private static List<ProjectBead> beads(ReviewProject project) {
        return project.beads();
    }
}
