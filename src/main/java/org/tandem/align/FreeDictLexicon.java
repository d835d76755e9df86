package org.tandem.align;

import java.nio.file.Path;
import java.util.List;

import org.tandem.text.Background;

/**
 * A {@link Lexicon} from one FreeDict dictionary in dictd format ({@code freedict-eng-nld.index} with
 * its {@code .dict.dz}). A dictd dictionary translates its headwords; the lexicon translates target
 * words into source words, so a dictionary whose headwords are in the source language (eng-nld for
 * an English-to-Dutch alignment) is read inverted. Combine both directions with {@link LexiconUnion}.
 */
public final class FreeDictLexicon implements Lexicon {
    /** Which side of the alignment the dictionary's headwords belong to. */
    public enum Headwords {
        /** Headwords are target-language words (nld-eng for en→nl): read as is. */
        TARGET_LANGUAGE,
        /** Headwords are source-language words (eng-nld for en→nl): read inverted. */
        SOURCE_LANGUAGE
    }

    private final DictionaryLexicon entries;
    private final int pairs;

    private FreeDictLexicon(DictionaryLexicon entries, int pairs) {
        this.entries = entries;
        this.pairs = pairs;
    }

    /** A dictionary whose headwords are target-language words, e.g. nld-eng for an en→nl alignment. */
    public static FreeDictLexicon load(Path indexFile) {
        return load(indexFile, Headwords.TARGET_LANGUAGE);
    }

    public static FreeDictLexicon load(Path indexFile, Headwords headwords) {
        return load(indexFile, headwords, 1);
    }

    /**
     * As {@link #load(Path, Headwords)}; with {@code threads} above 1 a large dictionary's entries are
     * parsed in two halves at once. They are added in the dictionary's order either way, so the
     * lexicon is the same.
     */
    public static FreeDictLexicon load(Path indexFile, Headwords headwords, int threads) {
        DictionaryLexicon.Builder entries = new DictionaryLexicon.Builder();
        for (FreeDictEntry entry : parsed(DictdDatabase.read(indexFile), threads)) {
            if (entry.headword().isEmpty()) {
                continue;
            }
            for (String translation : entry.translations()) {
                if (headwords == Headwords.TARGET_LANGUAGE) {
                    entries.add(entry.headword(), translation);
                } else {
                    entries.add(translation, entry.headword());
                }
            }
        }
        return new FreeDictLexicon(entries.build(), entries.pairs());
    }

    /** Below this many entries a second thread costs about what it saves. */
    private static final int PARALLEL_ENTRIES = 4_000;

    private static List<FreeDictEntry> parsed(List<DictdDatabase.Entry> raw, int threads) {
        if (threads < 2 || raw.size() < PARALLEL_ENTRIES) {
            return parsedHere(raw);
        }
        int half = raw.size() / 2;
        Background<List<FreeDictEntry>> secondHalf = Background.start("tandem-freedict-parse",
                () -> parsedHere(raw.subList(half, raw.size())));
        List<FreeDictEntry> all = new java.util.ArrayList<>(parsedHere(raw.subList(0, half)));
        all.addAll(secondHalf.join());
        return all;
    }

    private static List<FreeDictEntry> parsedHere(List<DictdDatabase.Entry> raw) {
        List<FreeDictEntry> parsed = new java.util.ArrayList<>(raw.size());
        for (DictdDatabase.Entry entry : raw) {
            parsed.add(FreeDictEntry.parse(entry.text()));
        }
        return parsed;
    }

    /** The entries, for a test to compare two loads. */
    DictionaryLexicon entries() {
        return entries;
    }

    /** Distinct target words with at least one translation. */
    public int size() {
        return entries.size();
    }

    /** Distinct (target word, source word) pairs. */
    public int pairCount() {
        return pairs;
    }

    @Override
    public List<String> sourceWordsFor(String foldedTargetWord) {
        return entries.sourceWordsFor(foldedTargetWord);
    }

    @Override
    public void forEachEntry(java.util.function.BiConsumer<String, String> targetAndSource) {
        entries.forEachEntry(targetAndSource);
    }
}
