package org.tandem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.flag.Alignment;
import org.tandem.flag.AlignmentSummary;
import org.tandem.flag.FlagKind;
import org.tandem.flag.FlaggedBead;
import org.tandem.input.BadInputException;
import org.tandem.write.AtomicOutputs;
import org.tandem.write.OutputFormat;
import org.tandem.write.ToolVersion;

/** The library as a Java user calls it: the five lines of {@link Tandem}'s documentation. */
class TandemApiTest {
    private static final Path SOURCE = Path.of("seeds/lavrov-newsweek-2022.en.txt");
    private static final Path TARGET = Path.of("seeds/000_1bcc9f068a6e245e.txt");

    @TempDir
    Path temp;

    @Test
    void alignAndWriteTheSeedPair() throws IOException {
        Tandem tandem = new Tandem(TandemOptions.defaults().withLanguages("en", "nl"));
        Alignment alignment = tandem.align(SOURCE, TARGET);
        List<Path> written = new AtomicOutputs(ToolVersion.current())
                .write(alignment, temp, OutputFormat.defaults());

        assertEquals("000_1bcc9f068a6e245e", alignment.name());
        assertEquals("en", alignment.sourceLanguage());
        assertEquals("nl", alignment.targetLanguage());
        assertEquals(List.of(temp.resolve("000_1bcc9f068a6e245e.tmx"), temp.resolve("000_1bcc9f068a6e245e.csv"),
                temp.resolve("000_1bcc9f068a6e245e.jsonl"), temp.resolve("000_1bcc9f068a6e245e.xlf"),
                temp.resolve("000_1bcc9f068a6e245e.html")), written);
        for (Path file : written) {
            assertTrue(Files.size(file) > 0, file::toString);
        }
        // One JSONL line per bead.
        assertEquals(alignment.beads().size(), Files.readAllLines(written.get(2)).size());

        // Every segment in exactly one bead, in order.
        int source = 0;
        int target = 0;
        for (FlaggedBead flagged : alignment.beads()) {
            assertEquals(source, flagged.bead().sourceStart());
            assertEquals(target, flagged.bead().targetStart());
            source = flagged.bead().sourceEnd();
            target = flagged.bead().targetEnd();
        }
        assertEquals(alignment.source().size(), source);
        assertEquals(alignment.target().size(), target);

        // The summary agrees with the beads, and the seed has both one-sided kinds.
        AlignmentSummary summary = AlignmentSummary.of(alignment);
        assertEquals(alignment.beads().size(), summary.beadsByType().values().stream().mapToInt(i -> i).sum());
        assertTrue(summary.flagsByKind().getOrDefault(FlagKind.OMISSION, 0) > 0);
        assertTrue(summary.flagsByKind().getOrDefault(FlagKind.ADDITION, 0) > 0);
        assertFalse(summary.render().isBlank());
    }

    @Test
    void badInputIsABadInputException() {
        Tandem tandem = new Tandem(TandemOptions.defaults().withLanguages("en", "nl"));
        BadInputException e = assertThrows(BadInputException.class,
                () -> tandem.align(temp.resolve("missing.txt"), TARGET));
        assertTrue(e.getMessage().contains("missing.txt"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
}
