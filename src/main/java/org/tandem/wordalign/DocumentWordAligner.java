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
        // The lone sentences' words, after every pair's so that the pairs' word ids (and so the tables)
        // stay as they are: a lone sentence is compared with the lone sentences near it ({@link #moved}).
        List<List<WordToken>> loneTokens = new ArrayList<>(count);
        int[][] loneIds = new int[count][];
        for (int k = 0; k < count; k++) {
            Bead bead = beads.get(k);
            List<WordToken> lone = null;
            if (tuning.moveWindow() > 0 && bead.isOmission()) {
                lone = sourceTokenizer.tokenize(source.span(bead.sourceStart(), bead.sourceEnd()));
                loneIds[k] = sourceWords.ids(lone);
            } else if (tuning.moveWindow() > 0 && bead.isAddition()) {
                lone = targetTokenizer.tokenize(target.span(bead.targetStart(), bead.targetEnd()));
                loneIds[k] = targetWords.ids(lone);
            }
            loneTokens.add(lone);
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
        List<Boolean> moved = moved(beads, alignments, confident, loneTokens, loneIds,
                new BeadWordAligner(evidence, tuning), models);
        return new WordAlignments(alignments, confident, moved);
    }

    /**
     * Per bead, whether it is an omission or addition that an addition or omission at most {@code
     * moveWindow} beads away translates: the two, aligned as if they were a pair, cover at least {@code
     * moveCoverageFactor} of the share of each other's words that the document's confident pairs cover
     * at {@code moveQuantile}. A translation that puts a sentence before its neighbour instead of after
     * it (and may reword it on the way) leaves a monotone alignment an omission and an addition of one
     * sentence; reporting either would send the reviewer to look for a loss. An omitted sentence next
     * to an unrelated inserted one shares next to none of its words with it.
     * Each lone sentence pairs with at most one other, the best covered first.
     */
    private List<Boolean> moved(List<Bead> beads, List<WordAlignment> alignments, List<Boolean> confident,
                                List<List<WordToken>> loneTokens, int[][] loneIds, BeadWordAligner aligner,
                                List<Translations> models) {
        int count = beads.size();
        List<Boolean> moved = new ArrayList<>(java.util.Collections.nCopies(count, false));
        List<Double> faithful = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            if (confident.get(k)) {
                faithful.add(alignments.get(k).contentCoverage());
            }
        }
        if (tuning.moveWindow() <= 0 || faithful.size() < tuning.splitMinSample()) {
            return moved;
        }
        double[] sorted = faithful.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double threshold = tuning.moveCoverageFactor()
                * sorted[(int) Math.floor(tuning.moveQuantile() * (sorted.length - 1))];
        List<double[]> candidates = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            if (!beads.get(k).isOmission()) {
                continue;
            }
            for (int a = Math.max(0, k - tuning.moveWindow()); a <= Math.min(count - 1, k + tuning.moveWindow()); a++) {
                if (!beads.get(a).isAddition()) {
                    continue;
                }
                int half = k % 2;
                double coverage = aligner.align(loneTokens.get(k), loneIds[k], loneTokens.get(a), loneIds[a],
                        models.get(2 * half), models.get(2 * half + 1)).contentCoverage();
                if (coverage >= threshold && coverage > 0) {
                    candidates.add(new double[] {coverage, k, a});
                }
            }
        }
        candidates.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0])
                : x[1] != y[1] ? Double.compare(x[1], y[1]) : Double.compare(x[2], y[2]));
        for (double[] candidate : candidates) {
            int k = (int) candidate[1];
            int a = (int) candidate[2];
            if (!moved.get(k) && !moved.get(a)) {
                moved.set(k, true);
                moved.set(a, true);
            }
        }
        return moved;
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
