package org.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreeDictDictionariesTest {
    @TempDir
    Path dir;

    @Test
    void mergesBothDirectionsForTheLanguagePair() throws IOException {
        new FreeDictFixture().withMetaEntries()
                .entry("house", "house /haus/\nhuis, pand\n")
                .write(dir, "freedict-eng-nld");
        new FreeDictFixture().withMetaEntries()
                .entry("huis", "huis /həʏs/\n1. house\n2. family\n")
                .entry("oorlog", "oorlog\nwar\n")
                .write(dir, "freedict-nld-eng");
        Lexicon lexicon = Dictionaries.find("en", "nl", List.of(dir)).orElseThrow();
        assertEquals(List.of("house", "family"), lexicon.sourceWordsFor("huis"));
        assertEquals(List.of("house"), lexicon.sourceWordsFor("pand"));
        assertEquals(List.of("war"), lexicon.sourceWordsFor("oorlog"));

        // The other way round the same files give English words Dutch keys.
        Lexicon reverse = Dictionaries.find("nl-NL", "en", List.of(dir)).orElseThrow();
        assertEquals(List.of("huis", "pand"), reverse.sourceWordsFor("house"));
        assertEquals(List.of("oorlog"), reverse.sourceWordsFor("war"));
    }

    @Test
    void usesOneDirectionWhenOnlyOneIsInstalled() throws IOException {
        new FreeDictFixture().entry("house", "house /haus/\nhuis, pand\n").write(dir, "freedict-eng-nld");
        Lexicon lexicon = Dictionaries.find("en", "nl", List.of(dir)).orElseThrow();
        assertEquals(List.of("house"), lexicon.sourceWordsFor("huis"));
    }

    @Test
    void firstDirectoryWins() throws IOException {
        Path first = Files.createDirectory(dir.resolve("first"));
        Path second = Files.createDirectory(dir.resolve("second"));
        new FreeDictFixture().entry("huis", "huis\nhome\n").write(first, "freedict-nld-eng");
        new FreeDictFixture().entry("huis", "huis\nhouse\n").write(second, "freedict-nld-eng");
        Lexicon lexicon = Dictionaries.find("en", "nl", List.of(dir.resolve("missing"), first, second)).orElseThrow();
        assertEquals(List.of("home"), lexicon.sourceWordsFor("huis"));
    }

    @Test
    void emptyWhenNothingIsInstalled() throws IOException {
        assertEquals(Optional.empty(), Dictionaries.find("en", "nl", List.of(dir)));
        // An index without its data file is not a usable dictionary.
        Files.writeString(dir.resolve("freedict-nld-eng.index"), "huis\tA\tL\n");
        assertEquals(Optional.empty(), Dictionaries.find("en", "nl", List.of(dir)));
        assertEquals(Optional.empty(), Dictionaries.find("en", "xx", List.of(dir)));
        assertEquals(Optional.empty(), Dictionaries.find("en", "en", List.of(dir)));
    }

    @Test
    void mapsTwoLetterCodesToFreeDictCodes() {
        assertEquals(Optional.of("eng"), Dictionaries.freeDictCode("en"));
        assertEquals(Optional.of("nld"), Dictionaries.freeDictCode("NL"));
        assertEquals(Optional.of("deu"), Dictionaries.freeDictCode("de-AT"));
        assertEquals(Optional.of("por"), Dictionaries.freeDictCode("pt_BR"));
        assertEquals(Optional.of("swe"), Dictionaries.freeDictCode("sv"));
        assertEquals(Optional.of("fin"), Dictionaries.freeDictCode("fin"));
        assertTrue(Dictionaries.freeDictCode("x").isEmpty());
    }
}
