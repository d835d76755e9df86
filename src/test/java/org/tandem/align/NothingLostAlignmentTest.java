package org.tandem.align;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.tandem.segment.Segment;

/** Every segment of both sides lies in exactly one bead, in order, whatever the input. */
class NothingLostAlignmentTest {
    private static final String[] WORDS = {
        "the", "de", "het", "minister", "plan", "woning", "house", "government", "kabinet", "Amsterdam", "Putin",
        "Poetin", "NATO", "2022", "100,000", "100.000", "3.5", "3,5", "77th", "a", "een", "price", "prijs",
        "crisis", "x", "?", "—", "“quoted”", "Oekraïne", "Ukraine", "euro", "percent", "procent", "vote"
    };

    private static String randomSentence(Random random, int maxWords) {
        int words = random.nextInt(maxWords + 1);
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < words; k++) {
            if (k > 0) {
                out.append(' ');
            }
            out.append(WORDS[random.nextInt(WORDS.length)]);
        }
        if (random.nextInt(4) == 0) {
            out.append('.');
        }
        return out.toString();
    }

    private static List<Segment> randomSide(Random random, int size) {
        List<Segment> segments = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            int maxWords = random.nextInt(5) == 0 ? 1 : 1 + random.nextInt(40);
            segments.add(new Segment(k, randomSentence(random, maxWords), k / 5));
        }
        return segments;
    }

    private static void alignAndCheck(List<Segment> source, List<Segment> target, AlignerOptions options) {
        AlignmentResult result = new Aligner(options).align(source, "en", target, "nl");
        BeadInvariants.assertCovers(result.beads(), source.size(), target.size(), options.largestBead());
    }

    @Test
    void randomSidesOfRandomLengths() {
        Random random = new Random(7);
        for (int round = 0; round < 60; round++) {
            List<Segment> source = randomSide(random, random.nextInt(40));
            List<Segment> target = randomSide(random, random.nextInt(40));
            int max = 1 + random.nextInt(4);
            alignAndCheck(source, target, AlignerOptions.defaults().withMaxSegmentsPerSide(max));
        }
    }

    @Test
    void veryUnequalSides() {
        Random random = new Random(11);
        alignAndCheck(randomSide(random, 1), randomSide(random, 200), AlignerOptions.defaults());
        alignAndCheck(randomSide(random, 200), randomSide(random, 1), AlignerOptions.defaults());
        alignAndCheck(randomSide(random, 0), randomSide(random, 200), AlignerOptions.defaults());
        alignAndCheck(randomSide(random, 3), randomSide(random, 150), AlignerOptions.defaults().withMaxSegmentsPerSide(6));
    }

    @Test
    void emptyAndBlankSegments() {
        List<Segment> source = List.of(new Segment(0, "", 0), new Segment(1, " ", 0), new Segment(2, ".", 0),
                new Segment(3, "The plan.", 1));
        List<Segment> target = List.of(new Segment(0, "", 0), new Segment(1, "Het plan.", 0));
        alignAndCheck(source, target, AlignerOptions.defaults());
        alignAndCheck(target, source, AlignerOptions.defaults().withMaxSegmentsPerSide(1));
    }

    /**
     * About 3,000 segments a side: too many cells for a full search, so the band follows the anchors.
     * The target is the source in another "language" (word endings changed, some words dropped, words
     * of neighbouring sentences swapped) with sentences deleted and unrelated ones inserted. Besides the
     * invariant, nearly all true pairs must be found.
     */
    @Test
    void longPerturbedDocumentUsesTheBandAndFindsThePairs() {
        Random random = new Random(2024);
        String[] vocabulary = new String[4000];
        for (int k = 0; k < vocabulary.length; k++) {
            vocabulary[k] = randomWord(random);
        }
        int n = 3000;
        List<Segment> source = new ArrayList<>();
        List<String[]> sourceWords = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String[] words = new String[6 + random.nextInt(18)];
            for (int w = 0; w < words.length; w++) {
                words[w] = random.nextInt(12) == 0 ? String.valueOf(random.nextInt(10_000))
                        : vocabulary[(int) Math.min(vocabulary.length - 1, Math.abs(random.nextGaussian()) * 900)];
            }
            sourceWords.add(words);
            source.add(new Segment(k, String.join(" ", words) + ".", k / 8));
        }
        List<Segment> target = new ArrayList<>();
        List<Bead> truth = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int roll = random.nextInt(100);
            if (roll < 2) {
                continue; // omitted
            }
            if (roll < 4) {
                target.add(new Segment(target.size(), noise(random), 0));
            }
            String[] words = sourceWords.get(k).clone();
            if (k > 0 && random.nextInt(3) == 0) {
                String[] previous = sourceWords.get(k - 1);
                words[0] = previous[random.nextInt(previous.length)];
            }
            StringBuilder out = new StringBuilder();
            for (String word : words) {
                if (random.nextInt(6) == 0) {
                    continue;
                }
                out.append(out.length() > 0 ? " " : "").append(Character.isDigit(word.charAt(0)) ? word : word + "en");
            }
            truth.add(new Bead(k, k + 1, target.size(), target.size() + 1));
            target.add(new Segment(target.size(), out + ".", 0));
        }
        AlignmentResult result = new Aligner(AlignerOptions.defaults()).align(source, "en", target, "nl");
        BeadInvariants.assertCovers(result.beads(), source.size(), target.size(), 3);
        java.util.Set<Bead> found = new java.util.HashSet<>(result.beads());
        long correct = truth.stream().filter(found::contains).count();
        assertTrue(correct >= 0.97 * truth.size(), correct + " of " + truth.size() + " true pairs found");
    }

    private static String randomWord(Random random) {
        StringBuilder word = new StringBuilder();
        int length = 5 + random.nextInt(6);
        for (int k = 0; k < length; k++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static String noise(Random random) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < 8 + random.nextInt(10); k++) {
            out.append(k > 0 ? " " : "").append(randomWord(random));
        }
        return out.toString();
    }
}
