package org.tandem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.flag.Alignment;
import org.tandem.write.AtomicOutputs;
import org.tandem.write.OutputFormat;

/** The same bytes whatever the thread count: files read at once, names indexed beside the search, flags in parallel. */
class ThreadCountTest {
    private static final Path SOURCE = Path.of("seeds/lavrov-newsweek-2022.en.txt");
    private static final Path TARGET = Path.of("seeds/000_1bcc9f068a6e245e.txt");

    @TempDir
    Path temp;

    private byte[] jsonl(Alignment alignment, String directory) throws IOException {
        Path out = temp.resolve(directory);
        new AtomicOutputs("test").write(alignment, out, List.of(OutputFormat.JSONL));
        return Files.readAllBytes(out.resolve(alignment.name() + ".jsonl"));
    }

    @Test
    void theSeedPairComesOutTheSameOnOneThreadAndOnThree() throws IOException {
        TandemOptions options = TandemOptions.defaults().withLanguages("en", "nl");
        Alignment one = new Tandem(options.withThreads(1)).align(SOURCE, TARGET);
        Alignment three = new Tandem(options.withThreads(3)).align(SOURCE, TARGET);
        assertEquals(new String(jsonl(one, "one"), StandardCharsets.UTF_8),
                new String(jsonl(three, "three"), StandardCharsets.UTF_8));
    }
}
