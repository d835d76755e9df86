package org.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.input.BadInputException;

class FreeDictLexiconTest {
    @TempDir
    Path dir;

    /** English headwords, Dutch translations, in the shapes the real eng-nld file uses. */
    private Path engNld() throws IOException {
        return new FreeDictFixture()
                .withMetaEntries()
                // Non-ASCII before later entries, so a character offset instead of a byte offset would misread them.
                .entry("run", "run /rʌn/\n1. aanrĳden, voorrĳden\n2. lopen, reiken, zich uitstrekken\n3. hardlopen; rennen\n")
                .entry("house", "house /haus/\nhuis, pand\n")
                .entry("house", "house‐ /hˈaʊs/\nhuis‐\n")
                .entry("hop", "hop (plant) /hɔp/\nhop (plant), <n, masc> hopplant\n")
                .entry("a shop where drugs are sold", "a shop where drugs are sold\napotheek, drogisterij\n")
                .entry("good", "good /gud/\n\n")
                .entry("war", "war /ər/\nkrĳg, oorlog\n")
                .write(dir, "freedict-eng-nld");
    }

    @Test
    void readsAHeadwordsInTargetLanguageDictionaryAsIs() throws IOException {
        Path index = new FreeDictFixture()
                .withMetaEntries()
                .entry("huis", "huis /həʏs/\n1. house\n2. family\n")
                .entry("oorlog", "oorlog /orlɔx/\nwar\n")
                .entry("lopen", "lopen /lopən/\n1. run\n2. flow\n4. march, walk\n5. go for a walk\n")
                .entry("één", "één /en/\none\n")
                .write(dir, "freedict-nld-eng");
        FreeDictLexicon lexicon = FreeDictLexicon.load(index);
        assertEquals(List.of("house", "family"), lexicon.sourceWordsFor("huis"));
        assertEquals(List.of("war"), lexicon.sourceWordsFor("oorlog"));
        assertEquals(List.of("run", "flow", "march", "walk"), lexicon.sourceWordsFor("lopen"), "phrase 'go for a walk' skipped");
        assertEquals(List.of("one"), lexicon.sourceWordsFor("een"), "headwords are folded like the tokenizer's words");
        assertEquals(List.of(), lexicon.sourceWordsFor("house"), "not inverted");
        assertEquals(4, lexicon.size());
    }

    @Test
    void invertsAHeadwordsInSourceLanguageDictionary() throws IOException {
        FreeDictLexicon lexicon = FreeDictLexicon.load(engNld(), FreeDictLexicon.Headwords.SOURCE_LANGUAGE);
        assertEquals(List.of("house"), lexicon.sourceWordsFor("huis"));
        assertEquals(List.of("war"), lexicon.sourceWordsFor("oorlog"));
        assertEquals(List.of("run"), lexicon.sourceWordsFor("rennen"), "semicolons separate too");
        assertEquals(List.of("run"), lexicon.sourceWordsFor("aanrijden"), "the ligature ĳ reads as i + j");
        assertEquals(List.of("run"), lexicon.sourceWordsFor("hardlopen"), "sense numbers stripped");
        assertEquals(List.of("hop"), lexicon.sourceWordsFor("hopplant"), "grammar note in angle brackets dropped");
        assertEquals(List.of("hop"), lexicon.sourceWordsFor("hop"), "headword note in parentheses dropped");
        assertEquals(List.of(), lexicon.sourceWordsFor("uitstrekken"), "phrase 'zich uitstrekken' skipped");
        assertEquals(List.of(), lexicon.sourceWordsFor("apotheek"), "phrase headword skipped");
        assertEquals(List.of(), lexicon.sourceWordsFor("house"));
    }

    @Test
    void skipsMetaEntries() throws IOException {
        FreeDictLexicon lexicon = FreeDictLexicon.load(engNld(), FreeDictLexicon.Headwords.SOURCE_LANGUAGE);
        assertEquals(List.of(), lexicon.sourceWordsFor("commas"));
        assertTrue(DictdDatabase.read(engNld()).stream().noneMatch(e -> e.indexHeadword().startsWith("00")));
        // huis, pand, krijg, oorlog, aanrijden, voorrijden, lopen, reiken, hardlopen, rennen, hop, hopplant
        assertEquals(12, lexicon.pairCount());
    }

    @Test
    void unionMergesBothDirectionsWithoutDuplicates() throws IOException {
        Path nldEng = new FreeDictFixture()
                .entry("huis", "huis /həʏs/\n1. house\n2. family\n")
                .entry("krijg", "krijg\nwar, warfare\n")
                .write(dir, "freedict-nld-eng");
        Lexicon both = LexiconUnion.of(FreeDictLexicon.load(nldEng),
                FreeDictLexicon.load(engNld(), FreeDictLexicon.Headwords.SOURCE_LANGUAGE));
        assertEquals(List.of("house", "family"), both.sourceWordsFor("huis"));
        assertEquals(List.of("war", "warfare"), both.sourceWordsFor("krijg"));
        assertEquals(List.of("run"), both.sourceWordsFor("rennen"));
        assertEquals(List.of(), both.sourceWordsFor("nergens"));
        assertEquals(Lexicon.EMPTY, LexiconUnion.of(List.of()));
    }

    @Test
    void base64NumbersRoundTrip() {
        assertEquals(0, DictdBase64.decode("A"));
        assertEquals(63, DictdBase64.decode("/"));
        assertEquals(64, DictdBase64.decode("BA"));
        assertEquals(1 + 64 * (26 + 64 * 1), DictdBase64.decode("BaB"));
        for (long n : new long[] {0, 1, 63, 64, 4095, 4096, 123_456_789L}) {
            assertEquals(n, DictdBase64.decode(DictdBase64.encode(n)));
        }
        assertEquals(-1, DictdBase64.decode("a-b"));
    }

    @Test
    void readsAnUncompressedDictFileToo() throws IOException {
        Files.writeString(dir.resolve("plain.dict"), "huis\nhouse\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("plain.index"), "huis\tA\tL\n", StandardCharsets.UTF_8);
        assertEquals(List.of("house"), FreeDictLexicon.load(dir.resolve("plain.index")).sourceWordsFor("huis"));
    }

    @Test
    void rejectsAnIndexPointingPastTheData() throws IOException {
        Files.writeString(dir.resolve("bad.dict"), "huis\nhouse\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("bad.index"), "huis\tA\tZZ\n", StandardCharsets.UTF_8);
        BadInputException e = assertThrows(BadInputException.class, () -> FreeDictLexicon.load(dir.resolve("bad.index")));
        assertTrue(e.getMessage().contains("bad.index:1"), e.getMessage());
    }
}
