package org.tandem.cli;

import picocli.CommandLine.Option;

/** {@code -q}, shared by the commands that report progress on stderr. */
final class QuietOption {
    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;
}
