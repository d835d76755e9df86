package org.tandem.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.input.BadInputException;

class BeadFileTest {
    @TempDir
    Path temp;

    @Test
    void writesAndReadsBackEveryBeadShape() throws IOException {
        List<IdBead> beads = List.of(bead(List.of(0, 1), List.of(0)), bead(List.of(2), List.of()),
                bead(List.of(), List.of(1)), bead(List.of(3), List.of(2, 3)));
        Path file = temp.resolve("a.gold");
        BeadFile.write(file, beads);

        assertEquals("[0, 1]:[0]\n[2]:[]\n[]:[1]\n[3]:[2, 3]\n", Files.readString(file));
        assertEquals(beads, BeadFile.read(file));
    }

    @Test
    void readsLooseSpacingAndSkipsBlankLines() throws IOException {
        Path file = temp.resolve("b.gold");
        Files.writeString(file, " [0,1] : [ 0 ]\n\n[]:[1]\n");
        assertEquals(List.of(bead(List.of(0, 1), List.of(0)), bead(List.of(), List.of(1))), BeadFile.read(file));
    }

    @Test
    void rejectsOtherLines() throws IOException {
        Path file = temp.resolve("c.gold");
        Files.writeString(file, "[0]:[0]\n0-0\n");
        assertThrows(BadInputException.class, () -> BeadFile.read(file));
    }

    static IdBead bead(List<Integer> source, List<Integer> target) {
        return new IdBead(source, target);
    }
}
