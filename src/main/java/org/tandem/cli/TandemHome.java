package org.tandem.cli;

import java.nio.file.Path;

/**
 * Where the seed pair and its alignments live: the launcher sets {@code TANDEM_HOME} to the project
 * directory, so {@code tandem align} without files works from any working directory.
 */
final class TandemHome {
    private TandemHome() {
    }

    static Path directory() {
        String home = System.getenv("TANDEM_HOME");
        return home == null || home.isBlank() ? Path.of("") : Path.of(home);
    }
}
