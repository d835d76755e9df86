package org.tandem.align;

import java.nio.file.Path;
import java.util.List;

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
        DictionaryLexicon.Builder entries = new DictionaryLexicon.Builder();
        for (DictdDatabase.Entry raw : DictdDatabase.read(indexFile)) {
            FreeDictEntry entry = FreeDictEntry.parse(raw.text());
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
}
