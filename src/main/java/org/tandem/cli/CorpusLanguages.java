package org.tandem.cli;

import picocli.CommandLine.Option;

/** The languages of a sentence-parallel corpus a benchmark is built from, English–Dutch unless given. */
final class CorpusLanguages {
    @Option(names = "--source-lang", paramLabel = "L", defaultValue = "en", description = "The corpus's source language (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--target-lang", paramLabel = "L", defaultValue = "nl", description = "The corpus's target language (default: ${DEFAULT-VALUE}).")
    String target;
}
