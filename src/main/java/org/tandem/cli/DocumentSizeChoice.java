package org.tandem.cli;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tandem.eval.ParallelCorpus;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --document-size MIN-MAX} of bench make: cut the corpus's documents into short ones first. */
final class DocumentSizeChoice {
    private static final Pattern RANGE = Pattern.compile("(\\d{1,4})-(\\d{1,4})");

    @Option(names = "--document-size", paramLabel = "MIN-MAX",
            description = "First cut every document into documents of MIN to MAX sentences (e.g. 3-5, FLORES-like).")
    String documentSize;

    /**
     * The cut chosen, as a step to apply to the corpus once it is read; no step at all when the option
     * was not given. A malformed range is a usage error of {@code line}, found before any file is read.
     */
    UnaryOperator<ParallelCorpus> cut(long seed, CommandLine line) {
        if (documentSize == null) {
            return UnaryOperator.identity();
        }
        Matcher range = RANGE.matcher(documentSize);
        if (!range.matches() || Integer.parseInt(range.group(1)) < 1
                || Integer.parseInt(range.group(2)) < Integer.parseInt(range.group(1))) {
            throw new CommandLine.ParameterException(line,
                    "--document-size must be MIN-MAX with 1 <= MIN <= MAX, e.g. 3-5: " + documentSize);
        }
        int min = Integer.parseInt(range.group(1));
        int max = Integer.parseInt(range.group(2));
        return corpus -> corpus.split(min, max, seed);
    }
}
