package org.tandem.cli;

import picocli.CommandLine.Option;

/** {@code --seed} of the benchmark commands that draw at random. */
final class SeedOption {
    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;
}
