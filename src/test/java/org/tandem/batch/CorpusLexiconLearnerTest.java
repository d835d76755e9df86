package org.tandem.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.tandem.ConfidentPairs;
import org.tandem.align.DictionaryLexicon;
import org.tandem.align.LexiconLearner;
import org.tandem.align.NewsPair;
import org.tandem.batch.CorpusLexiconLearner.Cell;
import org.tandem.batch.CorpusLexiconLearner.Probabilities;
import org.tandem.text.Stopwords;

class CorpusLexiconLearnerTest {
    private static final String[][] SUBJECTS = {{"farmer", "boer"}, {"baker", "bakker"}, {"fox", "vos"}, {"sister", "zus"}};
    private static final String[][] OBJECTS = {{"horse", "paard"}, {"chair", "stoel"}, {"barn", "schuur"}, {"kettle", "ketel"}};

    /** Template sentences and a news article, as one list of sentence pairs. */
    private static List<List<String>> sentences() {
        List<String> english = new ArrayList<>();
        List<String> dutch = new ArrayList<>();
        for (String[] subject : SUBJECTS) {
            for (String[] object : OBJECTS) {
                english.add("The " + subject[0] + " sees the " + object[0] + ".");
                dutch.add("De " + subject[1] + " ziet het " + object[1] + ".");
            }
        }
        for (int repeat = 0; repeat < 2; repeat++) {
            english.addAll(NewsPair.EN);
            dutch.addAll(NewsPair.NL);
        }
        return List.of(english, dutch);
    }

    /** The sentence pairs cut into documents of {@code size} pairs. */
    private static List<DocumentWords> documents(int size) {
        List<List<String>> all = sentences();
        List<DocumentWords> documents = new ArrayList<>();
        for (int from = 0; from < all.get(0).size(); from += size) {
            int to = Math.min(from + size, all.get(0).size());
            documents.add(DocumentWords.of(new ConfidentPairs("en", "nl", all.get(0).subList(from, to),
                    all.get(1).subList(from, to))));
        }
        return documents;
    }

    private static String text(DictionaryLexicon lexicon) throws IOException {
        StringWriter out = new StringWriter();
        lexicon.write(out);
        return out.toString();
    }

    @Test
    void learnsWhatTheSentenceLearnerLearnsFromTheSameSentencesCutIntoDocuments() throws IOException {
        List<List<String>> all = sentences();
        String whole = text(new LexiconLearner("en", "nl", LexiconLearner.FIRST_PASS_THRESHOLD).learn(all.get(0), all.get(1)));
        assertTrue(whole.lines().count() > 10, whole);
        String oneDocument = text(CorpusLexiconLearner.learn(documents(200), 1));
        // The sentence learner judges a word by its first occurrence, this one by all: "vóór" folds to the
        // stop word "voor", which the sentence learner keeps when "vóór" comes first.
        Stopwords dutch = Stopwords.forLanguage("nl");
        List<String> expected = whole.lines()
                .filter(line -> line.startsWith("#") || !dutch.contains(line.substring(line.indexOf('\t') + 1)))
                .toList();
        assertTrue(expected.size() < whole.lines().count(), "the corpus holds such a word");
        assertEquals(expected, oneDocument.lines().toList());
        for (int size : new int[] {1, 5}) {
            assertEquals(oneDocument, text(CorpusLexiconLearner.learn(documents(size), 3)), "documents of " + size);
        }
        DictionaryLexicon lexicon = CorpusLexiconLearner.learn(documents(5), 2);
        assertEquals(List.of("farmer"), lexicon.sourceWordsFor("boer"));
        assertEquals(List.of(), lexicon.sourceWordsFor("het"), "function words help the learning but stay out");
    }

    @Test
    void theSummedCountsAreTheSameInEveryOrderAndGrouping() {
        List<DocumentWords> documents = documents(3);
        Probabilities current = Probabilities.uniform();
        for (int round = 0; round < 2; round++) {
            Map<Cell, Long> inOrder = new HashMap<>();
            for (DocumentWords document : documents) {
                CorpusLexiconLearner.addInto(inOrder, CorpusLexiconLearner.expectedCounts(document, current));
            }
            // Two "executors" with shuffled halves, their partial sums merged the other way round.
            List<DocumentWords> shuffled = new ArrayList<>(documents);
            Collections.shuffle(shuffled, new Random(round));
            Map<Cell, Long> first = new HashMap<>();
            Map<Cell, Long> second = new HashMap<>();
            for (int i = 0; i < shuffled.size(); i++) {
                CorpusLexiconLearner.addInto(i % 2 == 0 ? first : second,
                        CorpusLexiconLearner.expectedCounts(shuffled.get(i), current));
            }
            CorpusLexiconLearner.addInto(second, first);
            assertEquals(inOrder, second);
            current = CorpusLexiconLearner.normalise(inOrder);
        }
    }

    @Test
    void eachWordsCountIsShared() {
        DocumentWords one = DocumentWords.of(new ConfidentPairs("en", "nl", List.of("farmer horse"), List.of("boer")));
        Map<Cell, Long> counts = CorpusLexiconLearner.expectedCounts(one, Probabilities.uniform());
        long unit = (long) CorpusLexiconLearner.UNIT;
        // "boer" given farmer, horse or the empty word: a third each; each source word given "boer" or empty: a half.
        assertEquals(Math.round(unit / 3.0), counts.get(new Cell(true, "boer", "farmer")));
        assertEquals(Math.round(unit / 3.0), counts.get(new Cell(true, "boer", CorpusLexiconLearner.EMPTY)));
        assertEquals(unit / 2, counts.get(new Cell(false, "horse", "boer")));
        assertEquals(7, counts.size());
    }

    @Test
    void aFunctionWordInOneDocumentStaysOutOfTheLexicon() throws IOException {
        List<DocumentWords> documents = new ArrayList<>(documents(5));
        assertEquals(List.of("sees"), CorpusLexiconLearner.learn(documents, 2).sourceWordsFor("ziet"));
        // "ziet" is no Dutch stop word; a document that lists "sees" as one of its source's function words
        // (as a stop list of another source would) keeps the pair out everywhere.
        DocumentWords first = documents.get(0);
        documents.set(0, new DocumentWords(first.languages(), first.sources(), first.targets(),
                java.util.Set.of("sees"), first.targetFunction()));
        assertEquals(List.of(), CorpusLexiconLearner.learn(documents, 2).sourceWordsFor("ziet"));
    }
}
