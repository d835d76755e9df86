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
 * @param lexiconMinimum fewest pairs for the lexicon pass ({@link BatchLexicon#DEFAULT_MINIMUM_PAIRS});
 *                       {@link Integer#MAX_VALUE} never runs it
 */
public record BatchOptions(Path output, Set<OutputFormat> formats, int threads, boolean force, int lexiconMinimum) {
    public BatchOptions {
        if (threads < 1) {
            throw new BadInputException("--threads must be at least 1, not " + threads);
        }
        if (lexiconMinimum < 0) {
            throw new BadInputException("the lexicon pass needs a minimum of 0 or more pairs, not " + lexiconMinimum);
        }
        EnumSet<OutputFormat> all = EnumSet.of(OutputFormat.TMX, OutputFormat.JSONL);
        all.addAll(formats);
        formats = Set.copyOf(all);
    }

    /** All cores, the default formats, resuming, the lexicon pass from the measured minimum on. */
    public static BatchOptions defaults(Path output) {
        return new BatchOptions(output, OutputFormat.defaults(), Runtime.getRuntime().availableProcessors(), false,
                BatchLexicon.DEFAULT_MINIMUM_PAIRS);
    }

    public BatchOptions withThreads(int count) {
        return new BatchOptions(output, formats, count, force, lexiconMinimum);
    }

    public BatchOptions withForce(boolean redo) {
        return new BatchOptions(output, formats, threads, redo, lexiconMinimum);
    }

    public BatchOptions withFormats(Set<OutputFormat> chosen) {
        return new BatchOptions(output, chosen, threads, force, lexiconMinimum);
    }

    public BatchOptions withLexiconMinimum(int pairs) {
        return new BatchOptions(output, formats, threads, force, pairs);
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
