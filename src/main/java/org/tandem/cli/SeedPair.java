package org.tandem.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.tandem.input.BadInputException;

/**
 * The document pair that {@code align} works on when given no files, named in {@code seeds/pair.properties}
 * so that the code carries no document names of its own.
 */
record SeedPair(Path source, Path target) {
    static final String FILE = "seeds/pair.properties";

    static SeedPair in(Path home) {
        Path file = home.resolve(FILE);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read the seed pair's names; give SOURCE and TARGET");
        }
        String source = properties.getProperty("source");
        String target = properties.getProperty("target");
        if (source == null || target == null) {
            throw new BadInputException(file + ": needs 'source=' and 'target=' lines");
        }
        return new SeedPair(home.resolve(source.strip()), home.resolve(target.strip()));
    }
}
