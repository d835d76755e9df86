package org.tandem.write;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.OutputStream;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.tandem.Alignment;

class WritersTest {
    @Test
    void mapsEachFormatToItsWriter() {
        assertInstanceOf(TmxWriter.class, Writers.forFormat(OutputFormat.TMX, "1.0"));
        assertInstanceOf(CsvWriter.class, Writers.forFormat(OutputFormat.CSV, "1.0"));
        assertInstanceOf(JsonlWriter.class, Writers.forFormat(OutputFormat.JSONL));
    }

    @Test
    void writesFiftyThousandBeadsInAllFormatsQuickly() {
        Alignment large = SampleAlignment.large(50_000);
        // Guards against quadratic or unbuffered writing, which would take minutes. The bound is loose
        // because a cold JVM on a busy two-core machine spends seconds compiling; warm, each format
        // takes well under a second.
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (OutputFormat format : OutputFormat.values()) {
                long start = System.nanoTime();
                Writers.forFormat(format, "1.0").write(large, OutputStream.nullOutputStream());
                System.out.printf("%s: 50000 beads in %d ms%n", format, (System.nanoTime() - start) / 1_000_000);
            }
        });
    }
}
