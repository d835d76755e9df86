package org.tandem.batch;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.tandem.ConfidentPairs;
import org.tandem.Tandem;
import org.tandem.TandemOptions;
import org.tandem.align.AlignerOptions;
import org.tandem.align.DictionaryLexicon;
import org.tandem.write.AtomicOutputs;

/**
 * The lexicon pass of a batch: word translations learned from the confident beads of a first pass
 * over the whole corpus, one lexicon per language pair, which the second pass aligns with. Kept in
 * a file beside the outputs, so that a batch killed during its second pass resumes without
 * redoing the first.
 */
public final class BatchLexicon {
    /**
     * Fewest pairs in a batch for the lexicon pass to run by default. Tuned on dev data: damaged NTREX
     * (`bench make`, seed 1) aligned end to end in groups of 1 to 62 documents, with and without the
     * batch lexicon (scripts/batch-lexicon-by-size.sh); see BENCHMARKS.md.
     */
    public static final int DEFAULT_MINIMUM_PAIRS = 16;
    /**
     * Most confident sentence pairs learned from, per language pair, taken in manifest order: bounds
     * the learner's memory however long the manifest. Not tuned: a memory bound, far above what a
     * lexicon needs.
     */
    static final int MAX_LEARNING_PAIRS = 100_000;
    private static final String HEADER = "# tandem batch lexicon, corpus ";
    private static final String SECTION = "# language pair ";

    private BatchLexicon() {
    }

    /**
     * One lexicon per language pair found, learned from the first pass's confident pairs in manifest
     * order (nulls, for pairs that failed, are skipped): the same corpus gives the same lexicon
     * however its first pass was spread over threads or machines.
     */
    public static Map<LanguagePair, DictionaryLexicon> learn(List<ConfidentPairs> firstPass) {
        Map<LanguagePair, List<ConfidentPairs>> byLanguages = new TreeMap<>();
        Map<LanguagePair, Integer> counts = new TreeMap<>();
        for (ConfidentPairs pairs : firstPass) {
            if (pairs == null) {
                continue;
            }
            LanguagePair languages = new LanguagePair(pairs.sourceLanguage(), pairs.targetLanguage());
            int before = counts.getOrDefault(languages, 0);
            if (before >= MAX_LEARNING_PAIRS) {
                continue;
            }
            ConfidentPairs kept = before + pairs.size() <= MAX_LEARNING_PAIRS ? pairs
                    : new ConfidentPairs(pairs.sourceLanguage(), pairs.targetLanguage(),
                            pairs.sources().subList(0, MAX_LEARNING_PAIRS - before),
                            pairs.targets().subList(0, MAX_LEARNING_PAIRS - before));
            counts.put(languages, before + kept.size());
            byLanguages.computeIfAbsent(languages, k -> new ArrayList<>()).add(kept);
        }
        Map<LanguagePair, DictionaryLexicon> lexicons = new TreeMap<>();
        byLanguages.forEach((languages, pairs) -> lexicons.put(languages, Tandem.learnLexiconFrom(pairs)));
        return lexicons;
    }

    /** Writes the lexicons atomically, under a key that says which corpus and options they are for. */
    public static void write(Path file, String key, Map<LanguagePair, DictionaryLexicon> lexicons) throws IOException {
        String text = toText(key, lexicons);
        AtomicOutputs.writeFile(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The lexicons in {@code file}, if it exists and was written for {@code key}. */
    public static Optional<Map<LanguagePair, DictionaryLexicon>> read(Path file, String key) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return fromText(Files.readString(file, StandardCharsets.UTF_8), key);
    }

    /** The file's text: a header with the key, then one section per language pair, in order. */
    public static String toText(String key, Map<LanguagePair, DictionaryLexicon> lexicons) throws IOException {
        StringWriter text = new StringWriter();
        text.write(HEADER + key + "\n");
        for (Map.Entry<LanguagePair, DictionaryLexicon> entry : new TreeMap<>(lexicons).entrySet()) {
            text.write(SECTION + entry.getKey().source() + " " + entry.getKey().target() + "\n");
            entry.getValue().write(text);
        }
        return text.toString();
    }

    /**
     * The lexicons of a text {@link #toText} made, if it was made for {@code key}: what a distributed
     * batch broadcasts, so that every machine aligns with the lexicon the file holds.
     */
    public static Optional<Map<LanguagePair, DictionaryLexicon>> fromText(String text, String key) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).equals(HEADER + key)) {
            return Optional.empty();
        }
        Map<LanguagePair, DictionaryLexicon> lexicons = new TreeMap<>();
        LanguagePair current = null;
        List<String> section = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith(SECTION)) {
                if (current != null) {
                    lexicons.put(current, DictionaryLexicon.parse(section));
                }
                String[] languages = line.substring(SECTION.length()).split(" ");
                current = new LanguagePair(languages[0], languages[1]);
                section = new ArrayList<>();
            } else {
                section.add(line);
            }
        }
        if (current != null) {
            lexicons.put(current, DictionaryLexicon.parse(section));
        }
        return Optional.of(lexicons);
    }

    /**
     * A digest of the pairs (names, paths, sizes and modification times) and of the options that
     * change an alignment: a lexicon is reused only for the very corpus it was learned from.
     */
    public static String key(List<DocumentPair> pairs, TandemOptions options) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            StringBuilder text = new StringBuilder();
            text.append(options.sourceLanguage()).append('\t').append(options.targetLanguage()).append('\t')
                    .append(options.segmented()).append('\t').append(options.encoding()).append('\t')
                    .append(options.dictionary()).append('\t').append(options.installedDictionaries()).append('\t')
                    .append(options.builtInLexicon()).append('\t')
                    .append(options.maxBead()).append('\t')
                    .append(AlignerOptions.defaults().keyPrefixLength()).append('\n');
            digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
            for (DocumentPair pair : pairs) {
                text.setLength(0);
                text.append(pair.name()).append('\t').append(pair.sourceLanguage()).append('\t')
                        .append(pair.targetLanguage());
                for (Path file : List.of(pair.sourcePath(), pair.targetPath())) {
                    text.append('\t').append(file);
                    if (Files.exists(file)) {
                        text.append('\t').append(Files.size(file)).append('\t').append(Files.getLastModifiedTime(file).toMillis());
                    }
                }
                digest.update(text.append('\n').toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
