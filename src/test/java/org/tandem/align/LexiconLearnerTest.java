package org.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconLearnerTest {
    private static final String[][] SUBJECTS = {{"farmer", "boer"}, {"baker", "bakker"}, {"fox", "vos"}, {"sister", "zus"}};
    private static final String[][] OBJECTS = {{"horse", "paard"}, {"chair", "stoel"}, {"barn", "schuur"}, {"kettle", "ketel"}};

    @TempDir
    Path dir;

    /** Every subject with every object: each word turns up four times, always opposite its translation. */
    static List<List<String>> corpus() {
        List<String> english = new ArrayList<>();
        List<String> dutch = new ArrayList<>();
        for (String[] subject : SUBJECTS) {
            for (String[] object : OBJECTS) {
                english.add("The " + subject[0] + " sees the " + object[0] + ".");
                dutch.add("De " + subject[1] + " ziet het " + object[1] + ".");
            }
        }
        return List.of(english, dutch);
    }

    @Test
    void learnsEachContentWordsTranslationFromTheSentencesItRecursIn() {
        List<List<String>> corpus = corpus();
        DictionaryLexicon lexicon = new LexiconLearner("en", "nl").learn(corpus.get(0), corpus.get(1));
        for (String[][] words : new String[][][] {SUBJECTS, OBJECTS}) {
            for (String[] pair : words) {
                assertEquals(List.of(pair[0]), lexicon.sourceWordsFor(pair[1]), pair[1]);
            }
        }
        assertEquals(List.of("sees"), lexicon.sourceWordsFor("ziet"));
        assertEquals(List.of(), lexicon.sourceWordsFor("de"), "function words help the learning but stay out");
        assertEquals(List.of(), lexicon.sourceWordsFor("het"));
    }

    @Test
    void aWordSeenOnceIsNotLearned() {
        List<String> english = new ArrayList<>(corpus().get(0));
        List<String> dutch = new ArrayList<>(corpus().get(1));
        english.add("The farmer sees the tractor.");
        dutch.add("De boer ziet de trekker.");
        DictionaryLexicon lexicon = new LexiconLearner("en", "nl").learn(english, dutch);
        assertEquals(List.of(), lexicon.sourceWordsFor("trekker"));
        assertEquals(List.of("farmer"), lexicon.sourceWordsFor("boer"));
    }

    @Test
    void sidesOfDifferentLengthAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new LexiconLearner("en", "nl").learn(List.of("a", "b"), List.of("a")));
    }

    @Test
    void writtenLexiconReadsBackTheSame() throws IOException {
        List<List<String>> corpus = corpus();
        DictionaryLexicon learned = new LexiconLearner("en", "nl").learn(corpus.get(0), corpus.get(1));
        StringWriter text = new StringWriter();
        learned.write(text);
        Path file = dir.resolve("learned.tsv");
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        DictionaryLexicon read = DictionaryLexicon.read(file);
        assertEquals(learned.size(), read.size());
        for (String[] pair : SUBJECTS) {
            assertEquals(learned.sourceWordsFor(pair[1]), read.sourceWordsFor(pair[1]));
        }
        assertTrue(text.toString().startsWith("#"), "the file says what it holds");
    }
}
