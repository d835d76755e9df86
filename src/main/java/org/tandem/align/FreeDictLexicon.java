package org.tandem.align;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private final Map<String, List<String>> sourceWordsByTarget;
    private final int pairs;

    private FreeDictLexicon(Map<String, List<String>> sourceWordsByTarget, int pairs) {
        this.sourceWordsByTarget = sourceWordsByTarget;
        this.pairs = pairs;
    }

    /** A dictionary whose headwords are target-language words, e.g. nld-eng for an en→nl alignment. */
    public static FreeDictLexicon load(Path indexFile) {
        return load(indexFile, Headwords.TARGET_LANGUAGE);
    }

    public static FreeDictLexicon load(Path indexFile, Headwords headwords) {
        Map<String, List<String>> map = new HashMap<>();
        int pairs = 0;
        for (DictdDatabase.Entry raw : DictdDatabase.read(indexFile)) {
            FreeDictEntry entry = FreeDictEntry.parse(raw.text());
            if (entry.headword().isEmpty()) {
                continue;
            }
            for (String translation : entry.translations()) {
                boolean added = headwords == Headwords.TARGET_LANGUAGE
                        ? add(map, entry.headword(), translation)
                        : add(map, translation, entry.headword());
                if (added) {
                    pairs++;
                }
            }
        }
        // Callers get the lists themselves, so freeze them.
        map.replaceAll((target, sources) -> List.copyOf(sources));
        return new FreeDictLexicon(map, pairs);
    }

    private static boolean add(Map<String, List<String>> map, String target, String source) {
        List<String> sources = map.computeIfAbsent(target, k -> new ArrayList<>(2));
        if (sources.contains(source)) {
            return false;
        }
        sources.add(source);
        return true;
    }

    /** Distinct target words with at least one translation. */
    public int size() {
        return sourceWordsByTarget.size();
    }

    /** Distinct (target word, source word) pairs. */
    public int pairCount() {
        return pairs;
    }

    @Override
    public List<String> sourceWordsFor(String foldedTargetWord) {
        return sourceWordsByTarget.getOrDefault(foldedTargetWord, List.of());
    }
}
