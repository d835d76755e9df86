package org.tandem.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class BeadsWriterTest {
    @Test
    void writesOneBeadFileLinePerBead() {
        String text = new String(WriterOutput.bytes(new BeadsWriter(), SampleAlignment.create()), StandardCharsets.UTF_8);
        assertEquals("[0]:[0]\n[1, 2]:[1]\n[3]:[]\n[]:[2]\n[4]:[3]\n", text);
    }

    @Test
    void isTheWriterOfTheBeadsFormat() {
        assertInstanceOf(BeadsWriter.class, Writers.forFormat(OutputFormat.BEADS));
        assertEquals("beads", OutputFormat.BEADS.extension());
        assertEquals(OutputFormat.BEADS, OutputFormat.parse("beads"));
        assertEquals(java.util.EnumSet.of(OutputFormat.TMX, OutputFormat.CSV, OutputFormat.JSONL, OutputFormat.XLIFF,
                OutputFormat.HTML), OutputFormat.defaults(), "beads is for evaluation tools, not a default");
    }
}
