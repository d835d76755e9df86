package org.tandem.wordalign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tandem.align.AlignmentResult;
import org.tandem.align.Bead;
import org.tandem.align.BeadEvidence;
import org.tandem.align.Lexicon;
import org.tandem.segment.Segment;
import org.tandem.text.DocumentTokens;
import org.tandem.text.ParallelRuns;
import org.tandem.text.SegmentTokens;

/**
 * Word alignment inside every two-sided bead of a document. The translation table is learned by EM
 * ({@link DiagonalModel1}, both directions) from the document's confident pairs, split into two halves:
 * each half's pairs are aligned with the table learned from the other half, and all other beads with
 * either. A pair is then never explained by a table that learned its own words, so the
 * coverage of a confident pair measures what a faithful pair of this document gets, and a dropped or
 * inserted clause, whose words the document does not repeat, stays uncovered.
 */
public final class DocumentWordAligner {
    /** Fewer beads than this a thread are not worth a thread of their own. */
    private static final int MIN_BEADS_PER_THREAD = 500;
    private final String sourceLanguage;
    private final String targetLanguage;
    private final Lexicon lexicon;
    private final WordAlignTuning tuning;

    public DocumentWordAligner(String sourceLanguage, String targetLanguage, Lexicon lexicon) {
        this(sourceLanguage, targetLanguage, lexicon, WordAlignTuning.defaults());
    }

    public DocumentWordAligner(String sourceLanguage, String targetLanguage, Lexicon lexicon, WordAlignTuning tuning) {
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
        this.lexicon = lexicon;
        this.tuning = tuning;
    }

    public WordAlignments align(AlignmentResult result, List<Segment> source, List<Segment> target) {
        return align(result, DocumentTokens.of(source.stream().map(Segment::text).toList(),
                target.stream().map(Segment::text).toList()), 1);
    }

    /**
     * As {@link #align(AlignmentResult, List, List)}, with each segment already tokenized, on up to
     * {@code threads} threads: the four directional tables train at once, and each thread aligns a
     * contiguous run of beads. A bead's alignment depends on the bead and the tables only, so the
     * result is the same whatever the thread count.
     */
    public WordAlignments align(AlignmentResult result, DocumentTokens tokens, int threads) {
        return align(result, tokens, threads, MIN_BEADS_PER_THREAD);
    }

    WordAlignments align(AlignmentResult result, DocumentTokens tokens, int threads, int minBeadsPerThread) {
        SegmentTokens source = tokens.source();
        SegmentTokens target = tokens.target();
        List<Bead> beads = result.beads();
        WordTokenizer sourceTokenizer = new WordTokenizer(sourceLanguage);
        WordTokenizer targetTokenizer = new WordTokenizer(targetLanguage);
        Map<String, Integer> numbers = new HashMap<>();
        Vocabulary sourceWords = new Vocabulary(numbers, sourceLanguage);
        Vocabulary targetWords = new Vocabulary(numbers, targetLanguage);
        int count = beads.size();
        List<List<WordToken>> sourceTokens = new ArrayList<>(count);
        List<List<WordToken>> targetTokens = new ArrayList<>(count);
        int[][] sourceIds = new int[count][];
        int[][] targetIds = new int[count][];
        for (int k = 0; k < count; k++) {
            Bead bead = beads.get(k);
            if (!bead.isTwoSided()) {
                sourceTokens.add(null);
                targetTokens.add(null);
                continue;
            }
            List<WordToken> st = sourceTokenizer.tokenize(source.span(bead.sourceStart(), bead.sourceEnd()));
            List<WordToken> tt = targetTokenizer.tokenize(target.span(bead.targetStart(), bead.targetEnd()));
            sourceTokens.add(st);
            targetTokens.add(tt);
            sourceIds[k] = sourceWords.ids(st);
            targetIds[k] = targetWords.ids(tt);
        }
        LexicalEvidence evidence = new LexicalEvidence(sourceWords, targetWords, lexicon, tuning);
        int[] fold = folds(result, tuning);
        // Tables in the order half 0 forward, half 0 backward, half 1 forward, half 1 backward.
        List<Translations> models = ParallelRuns.map(4, threads, 1, "tandem-wordalign", (from, to) -> {
            List<Translations> trained = new ArrayList<>();
            for (int m = from; m < to; m++) {
                trained.add(train(m / 2, m % 2 == 1, fold, sourceIds, targetIds, evidence, tuning));
            }
            return trained;
        });
        List<WordAlignment> alignments = ParallelRuns.map(count, threads, minBeadsPerThread, "tandem-wordalign",
                (from, to) -> {
                    BeadWordAligner aligner = new BeadWordAligner(evidence, tuning);
                    List<WordAlignment> run = new ArrayList<>(to - from);
                    for (int k = from; k < to; k++) {
                        if (sourceTokens.get(k) == null) {
                            run.add(null);
                            continue;
                        }
                        // A pair neither half learned from is held out from both: either half's table
                        // will do, and one costs half the look-ups of their mean.
                        int half = fold[k] >= 0 ? 1 - fold[k] : k % 2;
                        run.add(aligner.align(sourceTokens.get(k), sourceIds[k], targetTokens.get(k), targetIds[k],
                                models.get(2 * half), models.get(2 * half + 1)));
                    }
                    return run;
                });
        List<Boolean> confident = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            confident.add(sourceTokens.get(k) != null && fold[k] >= 0);
        }
        return new WordAlignments(alignments, confident);
    }

    /**
     * Per bead, the training half (0 or 1) of a confident pair, or -1. At most {@code maxTrainingPairs}
     * confident pairs train the table (an evenly spaced sample of longer documents): past a few thousand
     * pairs the table changes little and training time grows linearly.
     */
    private static int[] folds(AlignmentResult result, WordAlignTuning tuning) {
        List<Bead> beads = result.beads();
        List<Integer> confident = new ArrayList<>();
        for (int k = 0; k < beads.size(); k++) {
            BeadEvidence evidence = result.aligned().get(k).evidence();
            if (beads.get(k).isOneToOne()
                    && evidence.similarity() >= tuning.confidentSimilarity() * result.typicalSimilarity()
                    && Math.abs(evidence.lengthDeviation()) <= tuning.confidentDeviation()) {
                confident.add(k);
            }
        }
        int[] fold = new int[beads.size()];
        java.util.Arrays.fill(fold, -1);
        int kept = Math.min(confident.size(), tuning.maxTrainingPairs());
        for (int x = 0; x < kept; x++) {
            int chosen = confident.get((int) ((long) x * confident.size() / kept));
            fold[chosen] = x % 2;
        }
        return fold;
    }

    /** The forward (target given source) or backward model learned from the pairs of one half. */
    private static Translations train(int half, boolean backward, int[] fold, int[][] sourceIds, int[][] targetIds,
                                      LexicalEvidence evidence, WordAlignTuning tuning) {
        List<int[]> s = new ArrayList<>();
        List<int[]> t = new ArrayList<>();
        for (int k = 0; k < fold.length; k++) {
            if (fold[k] == half) {
                s.add(sourceIds[k]);
                t.add(targetIds[k]);
            }
        }
        int[][] sa = s.toArray(new int[0][]);
        int[][] ta = t.toArray(new int[0][]);
        return backward ? DiagonalModel1.train(ta, sa, (from, to) -> evidence.strength(to, from), tuning)
                : DiagonalModel1.train(sa, ta, evidence::strength, tuning);
    }
}
