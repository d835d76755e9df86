package org.tandem.cli;

import org.tandem.eval.BenchmarkRunner;

import picocli.CommandLine.Option;

/** Whether bench run learns a lexicon across its documents ({@code --batch-lexicon}), and within which groups. */
final class BatchLexiconChoice {
    @Option(names = "--batch-lexicon",
            description = "Align twice: learn word translations from the first pass over all documents, then align again with them.")
    boolean batchLexicon;

    @Option(names = "--lexicon-group", paramLabel = "N",
            description = "With --batch-lexicon, learn the lexicon within groups of N documents (in name order), as a corpus of N documents would.")
    Integer lexiconGroup;

    /** {@code runner} with these choices applied. */
    BenchmarkRunner applyTo(BenchmarkRunner runner) {
        runner.withBatchLexicon(batchLexicon);
        return lexiconGroup == null ? runner : runner.withLexiconGroups(lexiconGroup);
    }
}
