package org.tandem.write;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class WritersTest {
    @Test
    void mapsEachFormatToItsWriter() {
        assertInstanceOf(TmxWriter.class, Writers.forFormat(OutputFormat.TMX, "1.0"));
        assertInstanceOf(CsvWriter.class, Writers.forFormat(OutputFormat.CSV, "1.0"));
        assertInstanceOf(JsonlWriter.class, Writers.forFormat(OutputFormat.JSONL));
        assertInstanceOf(XliffWriter.class, Writers.forFormat(OutputFormat.XLIFF, "1.0"));
    }
}
