package org.tandem.cli;

import org.tandem.TandemOptions;
import org.tandem.batch.BatchLexicon;

import picocli.CommandLine.Option;

/** When a corpus gets the lexicon pass, shared by batch and the Spark job (spark/), so both decide alike. */
public final class LexiconPassChoice {
    @Option(names = "--lexicon-pass-from", paramLabel = "N",
            description = "Fewest pairs for the lexicon pass: align twice, the second time with word translations learned from the first pass over the whole corpus; 0 always, a huge number never; when not given, the tuned number batch.lexiconPassFrom (`tandem params`, `--params`).")
    Integer lexiconPassFrom;

    /** {@code options} with this choice applied; unchanged when it was not given. */
    public TandemOptions applyTo(TandemOptions options) {
        return lexiconPassFrom == null ? options : BatchLexicon.withMinimumPairs(options, lexiconPassFrom);
    }
}
