package org.tandem.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The word lists that ship with Tandem, one per language pair, used in either direction. Each was
 * learned by {@code tandem lexicon} from a freely licensed parallel corpus (see NOTICE) and is small:
 * it gives the aligner and the flags words that a document alone may not teach, and the document's own
 * lexicon is added to it.
 */
public final class BuiltInLexicons {
    /** A lexicon with the words that say where it came from, for the summary line. */
    public record Found(Lexicon lexicon, String description) {
    }

    /** Language pair (in the file's direction) to resource and credit. */
    private static final Map<String, String[]> LISTS = Map.of(
            "en-nl", new String[] {"lexicon-en-nl.tsv", "Tatoeba"});

    private BuiltInLexicons() {
    }

    /** Read once per process and direction: the lists never change. */
    private static final Map<String, Optional<Found>> READ = new java.util.concurrent.ConcurrentHashMap<>();

    /** The built-in lexicon for this pair, read in the direction asked for; empty when none ships. */
    public static Optional<Found> find(String sourceLanguage, String targetLanguage) {
        if (sourceLanguage == null || targetLanguage == null) {
            return Optional.empty();
        }
        return READ.computeIfAbsent(base(sourceLanguage) + ">" + base(targetLanguage),
                pair -> read(sourceLanguage, targetLanguage));
    }

    private static Optional<Found> read(String sourceLanguage, String targetLanguage) {
        String source = base(sourceLanguage);
        String target = base(targetLanguage);
        String[] forward = LISTS.get(source + "-" + target);
        if (forward != null) {
            return Optional.of(new Found(DictionaryLexicon.parse(lines(forward[0]), false),
                    "built-in " + source + "-" + target + " (" + forward[1] + ")"));
        }
        String[] backward = LISTS.get(target + "-" + source);
        if (backward != null) {
            return Optional.of(new Found(DictionaryLexicon.parse(lines(backward[0]), true),
                    "built-in " + target + "-" + source + " (" + backward[1] + ")"));
        }
        return Optional.empty();
    }

    private static String base(String language) {
        return language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    }

    private static List<String> lines(String resource) {
        try (InputStream in = BuiltInLexicons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the built-in lexicon " + resource + " is missing from the jar");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
