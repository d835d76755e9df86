package org.tandem.cli;

import java.nio.file.Path;

import org.tandem.TandemOptions;
import org.tandem.TandemTuning;
import org.tandem.input.BadInputException;

import picocli.CommandLine.Option;

/**
 * The options that steer the alignment itself, shared by align, batch, review, bench run and the Spark
 * job (spark/), so that one set of options means the same on each.
 */
public final class AlignmentChoices {
    @Option(names = "--source-lang", paramLabel = "L", description = "Source language, ISO 639-1; detected when not given.")
    String sourceLanguage;

    @Option(names = "--target-lang", paramLabel = "L", description = "Target language, ISO 639-1; detected when not given.")
    String targetLanguage;

    @Option(names = "--dictionary", paramLabel = "FILE",
            description = "Bilingual dictionary: 'target @ source' lines (hunalign) or 'source<TAB>target' TSV.")
    Path dictionary;

    @Option(names = "--freedict", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Use the FreeDict dictionaries installed for the language pair, if any (Debian: dict-freedict-*); --no-freedict leaves them out (default: ${DEFAULT-VALUE}).")
    boolean freedict;

    @Option(names = "--builtin-lexicon", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Use the word list Tandem ships for the language pair, if any (English-Dutch, learned from Tatoeba); --no-builtin-lexicon leaves it out (default: ${DEFAULT-VALUE}).")
    boolean builtInLexicon;

    @Option(names = "--max-bead", paramLabel = "N",
            description = "Most segments on one side of a bead, 1 to 6; when not given, 3, or 5 in a document whose first pass shows that it splits and joins sentences often.")
    Integer maxBead;

    @Option(names = "--params", paramLabel = "FILE",
            description = "A properties file that overrides tuned numbers for an experiment (`tandem params` lists them); an unknown key is an error.")
    Path params;

    /** {@code options} with these choices applied. */
    public TandemOptions applyTo(TandemOptions options) {
        if (maxBead != null && (maxBead < 1 || maxBead > 6)) {
            throw new BadInputException("--max-bead must be from 1 to 6, not " + maxBead);
        }
        TandemOptions chosen = options.withLanguages(sourceLanguage, targetLanguage)
                .withDictionary(dictionary)
                .withInstalledDictionaries(freedict)
                .withBuiltInLexicon(builtInLexicon)
                .withMaxBead(maxBead == null ? TandemOptions.AUTOMATIC_BEAD : maxBead);
        return params == null ? chosen : chosen.withTuning(TandemTuning.read(params));
    }
}
