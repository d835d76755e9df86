package org.tandem.flag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.tandem.text.TextTokenizer;

/**
 * A per-language word-to-number table from a resource file ({@code word=value} lines, {@code #}
 * comments): month names and number words. A language without a file gets an empty table.
 */
final class WordTable {
    private final Map<String, String> values;

    private WordTable(Map<String, String> values) {
        this.values = values;
    }

    static WordTable load(String kind, String language) {
        Map<String, String> values = new HashMap<>();
        String name = kind + "-" + (language == null ? "" : language.toLowerCase(Locale.ROOT)) + ".txt";
        try (InputStream in = WordTable.class.getResourceAsStream(name)) {
            if (in != null) {
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    int eq = line.indexOf('=');
                    if (line.isBlank() || line.startsWith("#") || eq < 0) {
                        continue;
                    }
                    values.put(TextTokenizer.fold(line.substring(0, eq).strip()), line.substring(eq + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WordTable(values);
    }

    /** Every word of the table. */
    java.util.Set<String> words() {
        return values.keySet();
    }

    /** The words whose value is one of {@code wanted}, in a fixed order. */
    java.util.List<String> wordsWithValue(String... wanted) {
        java.util.Set<String> values = java.util.Set.of(wanted);
        return this.values.entrySet().stream().filter(e -> values.contains(e.getValue())).map(Map.Entry::getKey)
                .sorted().toList();
    }

    Optional<String> valueOf(String foldedWord) {
        return Optional.ofNullable(values.get(foldedWord));
    }
}
