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
import java.util.function.Function;

import org.tandem.TandemOptions;
import org.tandem.align.AlignerOptions;
import org.tandem.align.CorpusLexiconLearner;
import org.tandem.align.DictionaryLexicon;
import org.tandem.input.BadInputException;
import org.tandem.write.AtomicOutputs;

/**
 * The lexicon pass of a batch: word translations learned from the confident beads of a first pass
 * over the whole corpus, one lexicon per language pair, which the second pass aligns with. Kept in
 * a file beside the outputs, so that a batch killed during its second pass resumes without
 * redoing the first.
 */
public final class BatchLexicon {
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
     * Fewest pairs in a batch for the lexicon pass to run: the tuned number {@code batch.lexiconPassFrom}
     * ({@link org.tandem.align.BatchTuning}; {@code tandem params}, {@code --params}).
     */
    public static int minimumPairs(TandemOptions options) {
        return options.tuning().aligner().batch().lexiconPassFrom();
    }

    /** The options with the lexicon pass from {@code pairs} pairs on (0: always). */
    public static TandemOptions withMinimumPairs(TandemOptions options, int pairs) {
        try {
            return options.withTuning(options.tuning()
                    .withOverrides(Map.of("batch.lexiconPassFrom", Integer.toString(pairs))));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("the lexicon pass needs a minimum of 0 or more pairs, not " + pairs, e);
        }
    }

    /**
     * One lexicon per language pair found, learned from the first pass's documents in manifest order
     * (nulls, for pairs that failed, are skipped) by {@link CorpusLexiconLearner}, whose sums make the
     * lexicon the same however the first pass was spread over threads or machines; {@code threads}
     * threads make the counts.
     */
    public static Map<LanguagePair, DictionaryLexicon> learn(List<DocumentWords> firstPass, int threads) {
        List<LanguagePair> languages = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (DocumentWords document : firstPass) {
            languages.add(document == null ? null : document.languages());
            sizes.add(document == null ? 0 : document.size());
        }
        int[] kept = kept(languages, sizes);
        Map<LanguagePair, List<DocumentWords>> byLanguages = new TreeMap<>();
        for (int i = 0; i < firstPass.size(); i++) {
            if (kept[i] > 0) {
                byLanguages.computeIfAbsent(languages.get(i), k -> new ArrayList<>()).add(firstPass.get(i).first(kept[i]));
            }
        }
        return learn(byLanguages.keySet(), pair -> CorpusLexiconLearner.Corpus.of(byLanguages.get(pair), threads));
    }

    /**
     * One lexicon per language pair, each learned from its corpus wherever that is: on this machine, or
     * across a cluster's executors (the Spark job).
     */
    public static Map<LanguagePair, DictionaryLexicon> learn(java.util.Collection<LanguagePair> languages,
                                                             Function<LanguagePair, CorpusLexiconLearner.Corpus> corpora) {
        Map<LanguagePair, DictionaryLexicon> lexicons = new TreeMap<>();
        for (LanguagePair pair : new java.util.TreeSet<>(languages)) {
            lexicons.put(pair, CorpusLexiconLearner.learn(corpora.apply(pair)));
        }
        return lexicons;
    }

    /**
     * How many of each document's confident pairs the lexicon learns from: all of them, in manifest order,
     * until a language pair has {@link #MAX_LEARNING_PAIRS}; then none.
     *
     * @param languages each document's language pair, null for one that failed
     * @param sizes     each document's number of confident pairs
     */
    public static int[] kept(List<LanguagePair> languages, List<Integer> sizes) {
        int[] kept = new int[languages.size()];
        Map<LanguagePair, Integer> counts = new TreeMap<>();
        for (int i = 0; i < kept.length; i++) {
            LanguagePair pair = languages.get(i);
            if (pair != null) {
                int before = counts.getOrDefault(pair, 0);
                kept[i] = Math.min(sizes.get(i), MAX_LEARNING_PAIRS - before);
                counts.put(pair, before + kept[i]);
            }
        }
        return kept;
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
     * change an alignment, every tuned number included: a lexicon is reused only for the very corpus
     * and settings it was learned with.
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
                    .append(AlignerOptions.defaults().keyPrefixLength()).append('\n')
                    .append(options.tuning().render());
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
