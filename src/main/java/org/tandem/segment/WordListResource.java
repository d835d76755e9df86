package org.tandem.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the one-entry-per-line word lists that sit next to this class as resources. */
final class WordListResource {

    private WordListResource() {
    }

    /**
     * Returns the entries of the named list; a language without that list simply gets none, so
     * adding a language needs no code change.
     */
    static List<String> read(String resourceName) {
        InputStream in = WordListResource.class.getResourceAsStream(resourceName);
        if (in == null) {
            return List.of();
        }
        List<String> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read word list " + resourceName, e);
        }
        return entries;
    }
}
