package org.tandem.align;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.tandem.text.Background;

/**
 * Finds the installed FreeDict dictionaries for a language pair (Debian's {@code dict-freedict-*}
 * packages put them in {@code /usr/share/dictd}) and merges both directions into one {@link Lexicon}.
 * Absent dictionaries are normal: the aligner then works without one.
 */
public final class Dictionaries {
    /** Where dictd packages install their databases. */
    public static final Path SYSTEM_DIRECTORY = Path.of("/usr/share/dictd");
    /** Names an extra directory, searched before the system one, for dictionaries not installed as packages. */
    public static final String DIRECTORY_VARIABLE = "TANDEM_DICT_DIR";

    // FreeDict names its files with ISO 639-3 codes (ISO 639-2/T where both exist); callers pass ISO 639-1.
    private static final Map<String, String> THREE_LETTER_CODES = Map.ofEntries(
            Map.entry("af", "afr"), Map.entry("ar", "ara"), Map.entry("bg", "bul"), Map.entry("br", "bre"),
            Map.entry("ca", "cat"), Map.entry("cs", "ces"), Map.entry("cy", "cym"), Map.entry("da", "dan"),
            Map.entry("de", "deu"), Map.entry("el", "ell"), Map.entry("en", "eng"), Map.entry("eo", "epo"),
            Map.entry("es", "spa"), Map.entry("fi", "fin"), Map.entry("fr", "fra"), Map.entry("ga", "gle"),
            Map.entry("gd", "gla"), Map.entry("hi", "hin"), Map.entry("hr", "hrv"), Map.entry("hu", "hun"),
            Map.entry("id", "ind"), Map.entry("is", "isl"), Map.entry("it", "ita"), Map.entry("ja", "jpn"),
            Map.entry("la", "lat"), Map.entry("lt", "lit"), Map.entry("mk", "mkd"), Map.entry("nl", "nld"),
            Map.entry("no", "nor"), Map.entry("nb", "nob"), Map.entry("nn", "nno"), Map.entry("pl", "pol"),
            Map.entry("pt", "por"), Map.entry("ru", "rus"), Map.entry("sk", "slk"), Map.entry("sl", "slv"),
            Map.entry("sr", "srp"), Map.entry("sv", "swe"), Map.entry("sw", "swh"), Map.entry("tr", "tur"));

    private Dictionaries() {
    }

    /** The lexicon from the dictionaries in {@code $TANDEM_DICT_DIR} and {@link #SYSTEM_DIRECTORY}. */
    public static Optional<Lexicon> find(String sourceLanguage, String targetLanguage) {
        return find(sourceLanguage, targetLanguage, 1);
    }

    /**
     * As {@link #find(String, String)}; with {@code threads} above 1 the two directions are read at
     * once, each on a thread: the lexicon is the same.
     */
    public static Optional<Lexicon> find(String sourceLanguage, String targetLanguage, int threads) {
        return find(sourceLanguage, targetLanguage, searched(), threads);
    }

    private static List<Path> searched() {
        List<Path> directories = new ArrayList<>();
        String extra = System.getenv(DIRECTORY_VARIABLE);
        if (extra != null && !extra.isBlank()) {
            directories.add(Path.of(extra));
        }
        directories.add(SYSTEM_DIRECTORY);
        return directories;
    }

    /**
     * The lexicon merged from {@code freedict-<target>-<source>} (read as is) and
     * {@code freedict-<source>-<target>} (read inverted) in the first directory holding each; empty
     * when neither is there or a language has no FreeDict code.
     */
    public static Optional<Lexicon> find(String sourceLanguage, String targetLanguage, List<Path> directories) {
        return find(sourceLanguage, targetLanguage, directories, 1);
    }

    /** As {@link #find(String, String, List)}, reading the two directions at once when {@code threads} allows. */
    public static Optional<Lexicon> find(String sourceLanguage, String targetLanguage, List<Path> directories,
                                         int threads) {
        Optional<String> source = freeDictCode(sourceLanguage);
        Optional<String> target = freeDictCode(targetLanguage);
        if (source.isEmpty() || target.isEmpty() || source.equals(target)) {
            return Optional.empty();
        }
        Optional<Path> asIs = locate(target.get(), source.get(), directories);
        Optional<Path> inverted = locate(source.get(), target.get(), directories);
        Background<FreeDictLexicon> invertedLoad = threads > 1 && asIs.isPresent() && inverted.isPresent()
                ? Background.start("tandem-freedict",
                        () -> loaded(inverted.get(), FreeDictLexicon.Headwords.SOURCE_LANGUAGE, threads))
                : null;
        List<Lexicon> found = new ArrayList<>();
        asIs.ifPresent(index -> found.add(loaded(index, FreeDictLexicon.Headwords.TARGET_LANGUAGE, threads)));
        if (invertedLoad != null) {
            found.add(invertedLoad.join());
        } else {
            inverted.ifPresent(index -> found.add(loaded(index, FreeDictLexicon.Headwords.SOURCE_LANGUAGE, threads)));
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(LexiconUnion.of(found));
    }

    /**
     * Dictionaries already read in this process, by index file, its size and modification time, and
     * headword side. Reading a FreeDict database takes seconds, and since FreeDict is used by default
     * every new {@code Tandem} for the pair would read it again; a loaded lexicon never changes.
     */
    private static final java.util.Map<String, FreeDictLexicon> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    private static FreeDictLexicon loaded(Path index, FreeDictLexicon.Headwords headwords, int threads) {
        String key;
        try {
            key = index.toAbsolutePath() + "\t" + Files.size(index) + "\t" + Files.getLastModifiedTime(index).toMillis()
                    + "\t" + headwords;
        } catch (java.io.IOException e) {
            return FreeDictLexicon.load(index, headwords, threads);
        }
        return LOADED.computeIfAbsent(key, k -> FreeDictLexicon.load(index, headwords, threads));
    }

    /**
     * Which FreeDict dictionaries {@link #find(String, String)} reads for this pair, as the summary
     * line names them ({@code FreeDict eng-nld, nld-eng}); empty when none is installed.
     */
    public static Optional<String> describe(String sourceLanguage, String targetLanguage) {
        List<Path> directories = searched();
        Optional<String> source = freeDictCode(sourceLanguage);
        Optional<String> target = freeDictCode(targetLanguage);
        if (source.isEmpty() || target.isEmpty() || source.equals(target)) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (String[] pair : List.of(new String[] {source.get(), target.get()}, new String[] {target.get(), source.get()})) {
            if (locate(pair[0], pair[1], directories).isPresent()) {
                names.add(pair[0] + "-" + pair[1]);
            }
        }
        return names.isEmpty() ? Optional.empty() : Optional.of("FreeDict " + String.join(", ", names));
    }

    /** The three-letter code FreeDict uses; three-letter input is taken as already one. */
    static Optional<String> freeDictCode(String language) {
        if (language == null) {
            return Optional.empty();
        }
        // Accept region-qualified tags such as en-GB or pt_BR: dictionaries are per language.
        String base = language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        if (base.length() == 3 && base.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return Optional.of(base);
        }
        return Optional.ofNullable(THREE_LETTER_CODES.get(base));
    }

    private static Optional<Path> locate(String from, String to, List<Path> directories) {
        String name = "freedict-" + from + "-" + to + ".index";
        Set<Path> tried = new HashSet<>();
        for (Path directory : directories) {
            Path index = directory.resolve(name);
            if (tried.add(index) && Files.isRegularFile(index)
                    && Files.isRegularFile(DictdDatabase.dataFileFor(index))) {
                return Optional.of(index);
            }
        }
        return Optional.empty();
    }
}
