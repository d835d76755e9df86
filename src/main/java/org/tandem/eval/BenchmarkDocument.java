package org.tandem.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of one benchmark document {@code NAME} in a benchmark directory:
 * <pre>
 * NAME.src, NAME.tgt          one segment a line; the ids of the gold are line numbers from 0
 * NAME.gold                   the gold beads ({@link BeadFile})
 * NAME.flags                  gold flags ({@link GoldFlagFile}); optional
 * NAME.src.txt, NAME.tgt.txt  the same segments as paragraphs (blank line between) for end-to-end
 *                             runs; optional. Their non-whitespace characters are those of
 *                             NAME.src and NAME.tgt in order, which is what maps Tandem's own
 *                             segments back onto the gold.
 * </pre>
 */
public record BenchmarkDocument(Path directory, String name) {

    /** Every document of a benchmark directory: each {@code NAME.src} with its {@code NAME.tgt} and {@code NAME.gold}. */
    public static List<BenchmarkDocument> list(Path directory) throws IOException {
        List<BenchmarkDocument> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                String fileName = file.getFileName().toString();
                if (fileName.endsWith(".src")) {
                    BenchmarkDocument document = new BenchmarkDocument(directory,
                            fileName.substring(0, fileName.length() - ".src".length()));
                    if (Files.exists(document.target()) && Files.exists(document.gold())) {
                        documents.add(document);
                    }
                }
            }
        }
        return documents;
    }

    public Path source() {
        return file(".src");
    }

    public Path target() {
        return file(".tgt");
    }

    public Path gold() {
        return file(".gold");
    }

    public Path flags() {
        return file(".flags");
    }

    public Path sourceText() {
        return file(".src.txt");
    }

    public Path targetText() {
        return file(".tgt.txt");
    }

    private Path file(String suffix) {
        return directory.resolve(name + suffix);
    }
}
