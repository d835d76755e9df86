package org.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs against Debian's dict-freedict-eng-nld / -nld-eng packages where they are installed. */
class FreeDictInstalledTest {
    private static final Path ENG_NLD = Dictionaries.SYSTEM_DIRECTORY.resolve("freedict-eng-nld.index");
    private static final Path NLD_ENG = Dictionaries.SYSTEM_DIRECTORY.resolve("freedict-nld-eng.index");

    @Test
    void installedEnglishDutchDictionariesTranslateCommonWords() {
        assumeTrue(Files.isRegularFile(ENG_NLD), "dict-freedict-eng-nld is not installed");
        long start = System.nanoTime();
        FreeDictLexicon inverted = FreeDictLexicon.load(ENG_NLD, FreeDictLexicon.Headwords.SOURCE_LANGUAGE);
        long invertedMillis = (System.nanoTime() - start) / 1_000_000;
        assertContains(inverted, "huis", "house");
        assertContains(inverted, "oorlog", "war");
        System.out.printf("freedict-eng-nld (inverted): %d Dutch words, %d pairs, %d ms%n",
                inverted.size(), inverted.pairCount(), invertedMillis);

        assumeTrue(Files.isRegularFile(NLD_ENG), "dict-freedict-nld-eng is not installed");
        start = System.nanoTime();
        FreeDictLexicon direct = FreeDictLexicon.load(NLD_ENG);
        long directMillis = (System.nanoTime() - start) / 1_000_000;
        assertContains(direct, "huis", "house");
        assertContains(direct, "oorlog", "war");
        System.out.printf("freedict-nld-eng: %d Dutch words, %d pairs, %d ms%n",
                direct.size(), direct.pairCount(), directMillis);

        start = System.nanoTime();
        Lexicon both = Dictionaries.find("en", "nl", List.of(Dictionaries.SYSTEM_DIRECTORY)).orElseThrow();
        System.out.printf("Dictionaries.find(en, nl): %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertContains(both, "huis", "house");
    }

    @Test
    void aDictionaryParsedInTwoHalvesAtOnceIsTheSameLexicon() throws java.io.IOException {
        // As an English-to-Dutch alignment reads them: nld-eng as is, eng-nld inverted.
        for (Path index : List.of(NLD_ENG, ENG_NLD)) {
            FreeDictLexicon.Headwords side = index.equals(NLD_ENG) ? FreeDictLexicon.Headwords.TARGET_LANGUAGE
                    : FreeDictLexicon.Headwords.SOURCE_LANGUAGE;
            FreeDictLexicon oneThread = FreeDictLexicon.load(index, side, 1);
            FreeDictLexicon twoThreads = FreeDictLexicon.load(index, side, 2);
            assertEquals(oneThread.pairCount(), twoThreads.pairCount(), index + " " + side);
            assertEquals(tsv(oneThread), tsv(twoThreads), index + " " + side);
        }
    }

    /** Every entry with its translations in their order. */
    private static String tsv(FreeDictLexicon lexicon) throws java.io.IOException {
        java.io.StringWriter out = new java.io.StringWriter();
        lexicon.entries().write(out);
        return out.toString();
    }

    private static void assertContains(Lexicon lexicon, String targetWord, String sourceWord) {
        List<String> words = lexicon.sourceWordsFor(targetWord);
        assertTrue(words.contains(sourceWord), targetWord + " -> " + words);
    }
}
