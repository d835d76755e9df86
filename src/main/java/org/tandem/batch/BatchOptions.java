package org.tandem.batch;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import org.tandem.input.BadInputException;
import org.tandem.write.OutputFormat;

/**
 * How to run a batch.
 *
 * @param output         the output folder: per-document files under {@code documents/}, the corpus files at the top
 * @param formats        the per-document formats; TMX and JSONL are always written, the corpus files are built from them
 * @param threads        worker threads
 * @param force          align every pair, even those whose outputs are up to date
 *
 * <p>When the lexicon pass runs is a tuned number of the alignment options, not of these:
 * {@link BatchLexicon#minimumPairs} and {@link BatchLexicon#withMinimumPairs}.
 */
public record BatchOptions(Path output, Set<OutputFormat> formats, int threads, boolean force) {
    public BatchOptions {
        if (threads < 1) {
            throw new BadInputException("--threads must be at least 1, not " + threads);
        }
        EnumSet<OutputFormat> all = EnumSet.of(OutputFormat.TMX, OutputFormat.JSONL);
        all.addAll(formats);
        formats = Set.copyOf(all);
    }

    /** All cores, the default formats, resuming. */
    public static BatchOptions defaults(Path output) {
        return new BatchOptions(output, OutputFormat.defaults(), Runtime.getRuntime().availableProcessors(), false);
    }

    public BatchOptions withThreads(int count) {
        return new BatchOptions(output, formats, count, force);
    }

    public BatchOptions withForce(boolean redo) {
        return new BatchOptions(output, formats, threads, redo);
    }

    public BatchOptions withFormats(Set<OutputFormat> chosen) {
        return new BatchOptions(output, chosen, threads, force);
    }

    /** The folder of the per-document files. */
    public Path documents() {
        return output.resolve("documents");
    }

    /** The formats in a fixed order (the set's own order is not). */
    public java.util.List<OutputFormat> orderedFormats() {
        return EnumSet.copyOf(formats).stream().toList();
    }
}
