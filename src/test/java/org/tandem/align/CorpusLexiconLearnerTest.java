package org.tandem.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tandem.text.Stopwords;

class CorpusLexiconLearnerTest {
    /** Template sentences (LexiconLearnerTest's) and a news article, as one list of sentence pairs. */
    private static List<List<String>> sentences() {
        List<String> english = new ArrayList<>(LexiconLearnerTest.corpus().get(0));
        List<String> dutch = new ArrayList<>(LexiconLearnerTest.corpus().get(1));
        for (int repeat = 0; repeat < 2; repeat++) {
            english.addAll(NewsPair.EN);
            dutch.addAll(NewsPair.NL);
        }
        return List.of(english, dutch);
    }

    /** The sentence pairs cut into documents of {@code size} pairs. */
    private static List<SentenceWords> documents(int size) {
        List<List<String>> all = sentences();
        List<SentenceWords> documents = new ArrayList<>();
        for (int from = 0; from < all.get(0).size(); from += size) {
            int to = Math.min(from + size, all.get(0).size());
            documents.add(WordSentences.of("en", "nl", all.get(0).subList(from, to), all.get(1).subList(from, to)));
        }
        return documents;
    }

    private static String text(DictionaryLexicon lexicon) throws IOException {
        StringWriter out = new StringWriter();
        lexicon.write(out);
        return out.toString();
    }

    @Test
    void learnsTheSameLexiconHoweverTheSentencePairsAreCutIntoDocuments() throws IOException {
        String oneDocument = text(CorpusLexiconLearner.learn(documents(200), 1));
        assertTrue(oneDocument.lines().count() > 10, oneDocument);
        for (int size : new int[] {1, 5}) {
            assertEquals(oneDocument, text(CorpusLexiconLearner.learn(documents(size), 3)), "documents of " + size);
        }
        List<List<String>> all = sentences();
        assertEquals(oneDocument, text(new LexiconLearner("en", "nl", LexiconLearner.FIRST_PASS_THRESHOLD)
                .learn(all.get(0), all.get(1))), "the sentence-list learner is this one");
        // A word is judged by all its occurrences: "vóór" folds to the stop word "voor", which stays out
        // even where "vóór" comes first.
        Stopwords dutch = Stopwords.forLanguage("nl");
        assertTrue(all.get(1).stream().anyMatch(sentence -> sentence.contains("vóór")), "the corpus holds such a word");
        assertTrue(oneDocument.lines().filter(line -> !line.startsWith("#"))
                .noneMatch(line -> dutch.contains(line.substring(line.indexOf('\t') + 1))), oneDocument);
        DictionaryLexicon lexicon = CorpusLexiconLearner.learn(documents(5), 2);
        assertEquals(List.of("farmer"), lexicon.sourceWordsFor("boer"));
        assertEquals(List.of(), lexicon.sourceWordsFor("het"), "function words help the learning but stay out");
    }

    /**
     * A corpus as a cluster holds it: the documents shuffled over three tallies whose counts are summed
     * the other way round, and everything the counters read or return sent through Java serialization,
     * as a Spark broadcast and a task's result are.
     */
    private static CorpusLexiconLearner.Corpus scattered(List<SentenceWords> documents, long seed) {
        return new CorpusLexiconLearner.Corpus() {
            @Override
            public <T extends Serializable> CorpusLexiconLearner.Shared<T> share(T value) {
                T sent = sent(value);
                return () -> sent;
            }

            @Override
            public PairCounts sum(CorpusLexiconLearner.Counter counter) {
                List<SentenceWords> shuffled = new ArrayList<>(documents);
                Collections.shuffle(shuffled, new Random(seed));
                List<List<SentenceWords>> parts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                for (int i = 0; i < shuffled.size(); i++) {
                    parts.get(i % 3).add(shuffled.get(i));
                }
                PairCounts total = null;
                for (int k = parts.size() - 1; k >= 0; k--) {
                    PairCounts part = sent(CorpusLexiconLearner.count(sent(counter), parts.get(k)));
                    total = total == null ? part : total.plus(part);
                }
                return total;
            }

            @Override
            public Set<String> union(CorpusLexiconLearner.Words words) {
                Set<String> union = new HashSet<>();
                documents.forEach(document -> union.addAll(sent(words).of(document)));
                return union;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> T sent(T value) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (T) in.readObject();
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theSummedCountsAreTheSameInEveryOrderAndGrouping() throws IOException {
        List<SentenceWords> documents = documents(3);
        CorpusLexiconLearner.Corpus inOrder = CorpusLexiconLearner.Corpus.of(documents, 1);
        CorpusLexiconLearner.Corpus scattered = scattered(documents, 7);
        CorpusLexiconLearner.Model model = CorpusLexiconLearner.model(inOrder);
        CorpusLexiconLearner.Model scatteredModel = CorpusLexiconLearner.model(scattered);
        assertEquals(model.size(), scatteredModel.size());
        double[] current = null;
        double[] scatteredCurrent = null;
        for (int round = 0; round < 3; round++) {
            long[] counts = CorpusLexiconLearner.expectedCounts(inOrder, inOrder.share(model), current).counts;
            long[] scatteredCounts = CorpusLexiconLearner.expectedCounts(scattered, scattered.share(scatteredModel),
                    scatteredCurrent).counts;
            assertArrayEquals(counts, scatteredCounts, "round " + round);
            assertTrue(Arrays.stream(counts).filter(count -> count > 0).count() > model.size() / 2);
            current = model.normalise(counts);
            scatteredCurrent = scatteredModel.normalise(scatteredCounts);
        }
        assertEquals(text(CorpusLexiconLearner.learn(inOrder)), text(CorpusLexiconLearner.learn(scattered)));
        assertEquals(text(CorpusLexiconLearner.learn(inOrder)), text(CorpusLexiconLearner.learn(documents, 4)));
    }

    @Test
    void eachWordsCountIsShared() {
        SentenceWords one = WordSentences.of("en", "nl", List.of("farmer horse"), List.of("boer"));
        CorpusLexiconLearner.Corpus corpus = CorpusLexiconLearner.Corpus.of(List.of(one), 1);
        CorpusLexiconLearner.Model model = CorpusLexiconLearner.model(corpus);
        long[] counts = CorpusLexiconLearner.expectedCounts(corpus, corpus.share(model), null).counts;
        long unit = (long) CorpusLexiconLearner.UNIT;
        int boer = model.targets().id("boer");
        int farmer = model.sources().id("farmer");
        int horse = model.sources().id("horse");
        int emptySource = model.sources().size();
        // "boer" given farmer, horse or the empty word: a third each; each source word given "boer" or empty: a half.
        assertEquals(Math.round(unit / 3.0), counts[model.forwardPair(boer, farmer)]);
        assertEquals(Math.round(unit / 3.0), counts[model.forwardPair(boer, emptySource)]);
        assertEquals(unit / 2, counts[model.backwardPair(horse, boer)]);
        assertEquals(7, model.size());
        assertEquals(7, counts.length);
    }

    @Test
    void aFunctionWordInOneDocumentStaysOutOfTheLexicon() throws IOException {
        List<SentenceWords> documents = new ArrayList<>(documents(5));
        assertEquals(List.of("sees"), CorpusLexiconLearner.learn(documents, 2).sourceWordsFor("ziet"));
        // "ziet" is no Dutch stop word; a document that lists "sees" as one of its source's function words
        // (as a stop list of another source would) keeps the pair out everywhere.
        SentenceWords first = documents.get(0);
        documents.set(0, new WordSentences(first.sources(), first.targets(), Set.of("sees"), first.targetFunction()));
        assertEquals(List.of(), CorpusLexiconLearner.learn(documents, 2).sourceWordsFor("ziet"));
    }
}
