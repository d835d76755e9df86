package org.tandem.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.tandem.segment.Segment;

/**
 * Monotone alignment of two segment lists by dynamic programming over bead shapes.
 *
 * <p>After the main search, word translations learned from its confident pairs
 * ({@link DocumentLexicon}) are added to the evidence and the search runs once more.
 *
 * <p>The first pass uses the documents' overall length ratio (on an opening sample of a long pair); its
 * confident 1-1 beads give the pair's own length ratio, length variance and typical lexical overlap, and
 * the main search uses those. Pairs over 1.5 million cells are searched in a band around anchor points,
 * widened and rerun whenever the best path touches its edge, so the cost is O((n + m) · w) for band
 * half-width w; smaller ones are searched in full.
 */
public final class Aligner {
    /** Bead size for ordinary documents when it is chosen per document. */
    private static final int USUAL_MAX_BEAD = 3;
    /**
     * Bead size for documents that merge often (OCR'd and loosely translated text); on ordinary
     * documents it costs speed and gains nothing. Tuned on dev data (BENCHMARKS.md, "Tuning notes").
     */
    static final int MERGING_MAX_BEAD = 5;

    /**
     * Searches smaller than this many cells run on one thread: starting a second costs more than it
     * saves. Only speed depends on it; the path is the same on any number of threads.
     */
    static final long MIN_CELLS_PER_THREAD = 50_000;

    private final AlignerOptions options;
    private final PassTuning passes;
    private final int threads;
    private final long minCellsPerThread;

    /** An aligner that searches on one thread. */
    public Aligner(AlignerOptions options) {
        this(options, 1);
    }

    /** @param threads how many threads a search may use; the alignment is the same whatever the number */
    public Aligner(AlignerOptions options, int threads) {
        this(options, threads, MIN_CELLS_PER_THREAD);
    }

    Aligner(AlignerOptions options, int threads, long minCellsPerThread) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
        }
        this.options = options;
        this.passes = options.tuning().passes();
        this.threads = threads;
        this.minCellsPerThread = minCellsPerThread;
    }

    /** Whether a translation lexicon backs the lexical evidence, which the cut-off allowance needs. */
    private boolean hasLexicon() {
        return options.lexicon() != Lexicon.EMPTY;
    }

    /**
     * The passes, in order: profile both sides; a first pass on an opening sample for the pair's own
     * statistics; the main search with them; word translations learned from its confident pairs; and,
     * when it learned any, the search once more with them.
     */
    public AlignmentResult align(List<Segment> source, String sourceLanguage,
                                 List<Segment> target, String targetLanguage) {
        LexicalKeys keys = new LexicalKeys(options.keyPrefixLength(), options.lexicon());
        List<SegmentProfile> sp = keys.profileSource(source, sourceLanguage);
        List<SegmentProfile> tp = keys.profileTarget(target, targetLanguage);
        String[] numbers = keys.numbers();
        sp = UnmatchedNumbers.mark(sp, numbers, target);
        tp = UnmatchedNumbers.mark(tp, numbers, source);
        float[] weights = keyWeights(sp, tp, keys.vocabularySize());
        List<Anchor> anchors = AnchorFinder.find(sp, tp, keys.vocabularySize(), options.tuning().anchors());

        AlignmentParameters params = samplePass(sp, tp, weights, anchors);
        BeadShape[] shapes = shapes(maxBead(params));
        BeadCostModel model = model(sp, tp, weights, params);
        List<Bead> beads = search(model, shapes, sp.size(), tp.size(), anchors);

        Map<Integer, Integer> learned = DocumentLexicon.learn(model, beads, sp, tp, keys.wordKeys(),
                typicalSimilarity(model, beads), options.tuning().lexicon());
        if (!learned.isEmpty()) {
            tp = DocumentLexicon.apply(tp, learned);
            weights = keyWeights(sp, tp, keys.vocabularySize());
            model = model(sp, tp, weights, params);
            beads = search(model, shapes, sp.size(), tp.size(), anchors);
        }
        return new AlignmentResult(withEvidence(model, beads, sp.size(), tp.size()), params,
                typicalSimilarity(model, beads));
    }

    private BeadCostModel model(List<SegmentProfile> sp, List<SegmentProfile> tp, float[] weights,
                                AlignmentParameters params) {
        return new BeadCostModel(sp, tp, weights, params, options.tuning().cost(), hasLexicon());
    }

    /**
     * The first pass: align with the overall length ratio and default weights, and read the pair's own
     * statistics off the result. A long document's statistics settle long before its end, so the pass
     * runs on an opening sample of it.
     */
    private AlignmentParameters samplePass(List<SegmentProfile> sp, List<SegmentProfile> tp, float[] weights,
                                           List<Anchor> anchors) {
        int n = Math.min(sp.size(), passes.estimationSample());
        int m = tp.size();
        List<Anchor> sampleAnchors = anchors;
        if (n < sp.size()) {
            double[] center = SearchBand.centerLine(anchors, sp.size(), tp.size());
            m = (int) Math.max(Math.min(1, tp.size()), Math.min(tp.size(), Math.round(center[n])));
            int sampleTargets = m;
            sampleAnchors = anchors.stream().filter(a -> a.source() < n && a.target() < sampleTargets).toList();
        }
        List<SegmentProfile> sourceSample = sp.subList(0, n);
        List<SegmentProfile> targetSample = tp.subList(0, m);
        AlignmentParameters initial = AlignmentParameters.initial(ratio(sourceSample, targetSample),
                options.tuning().priors());
        BeadCostModel model = model(sourceSample, targetSample, weights, initial);
        BeadShape[] shapes = shapes(options.maxSegmentsPerSide() == AlignerOptions.AUTOMATIC
                ? USUAL_MAX_BEAD : options.maxSegmentsPerSide());
        return reestimate(model, search(model, shapes, n, m, sampleAnchors), initial);
    }

    private int maxBead(AlignmentParameters params) {
        if (options.maxSegmentsPerSide() != AlignerOptions.AUTOMATIC) {
            return options.maxSegmentsPerSide();
        }
        return params.shapeScale() <= passes.mergingShapeScale() ? MERGING_MAX_BEAD : USUAL_MAX_BEAD;
    }

    private List<Bead> search(BeadCost model, BeadShape[] shapes, int n, int m, List<Anchor> anchors) {
        if ((long) (n + 1) * (m + 1) <= passes.fullSearchCells()) {
            SearchBand full = SearchBand.full(n, m);
            return new PathSearch(model, shapes, full, threadsFor(full)).run();
        }
        for (int width = passes.initialBand(); ; width *= 2) {
            SearchBand band = SearchBand.around(anchors, n, m, width);
            PathSearch search = new PathSearch(model, shapes, band, threadsFor(band));
            List<Bead> beads = search.run();
            if (band.isFull() || !search.pathTouchesEdge()) {
                return beads;
            }
        }
    }

    private int threadsFor(SearchBand band) {
        return (int) Math.max(1, Math.min(threads, band.cells() / Math.max(1, minCellsPerThread)));
    }

    private AlignmentParameters reestimate(BeadCostModel model, List<Bead> beads, AlignmentParameters params) {
        double sumSource = 0;
        double sumTarget = 0;
        int twoSided = 0;
        int merges = 0;
        List<Double> similarities = new ArrayList<>();
        List<BeadLengths> lengths = new ArrayList<>();
        for (Bead bead : beads) {
            if (bead.isTwoSided()) {
                twoSided++;
                if (bead.sourceCount() > 1 || bead.targetCount() > 1) {
                    merges++;
                }
            }
            if (bead.isOneToOne()) {
                BeadLengths l = model.lengths(bead);
                lengths.add(l);
                sumSource += l.source();
                sumTarget += l.target();
                similarities.add(model.similarity(bead));
            }
        }
        if (lengths.size() < 5) {
            return params;
        }
        double ratio = sumTarget / sumSource;
        double[] squares = new double[lengths.size()];
        for (int k = 0; k < squares.length; k++) {
            long ls = lengths.get(k).source();
            long lt = lengths.get(k).target();
            double mean = Math.max(1.0, (ls + lt / ratio) / 2.0);
            double d = lt - ratio * ls;
            squares[k] = d * d / mean;
        }
        // The median of a chi-squared(1) variable is 0.455 of its mean: a robust variance estimate.
        double variance = Math.max(passes.minVariance(), median(squares) / 0.455);
        double typical = median(similarities.stream().mapToDouble(Double::doubleValue).toArray());
        double reliability = Math.min(1.0, typical / passes.reliableSimilarity());
        return params.withDocumentStatistics(ratio, variance, Math.max(typical, passes.minTypicalSimilarity()),
                reliability).withShapeScale(shapeScale(merges, twoSided, passes));
    }

    /**
     * How much cheaper than usual merges are in this document pair: the log of its own merge rate in
     * the first pass (smoothed toward the usual rate) over the log of the usual rate, so that a
     * document that splits and joins three times as many sentences pays about half as much for a
     * merge. Never dearer than usual: short documents' rates are noise (BENCHMARKS.md, "Tuning notes").
     */
    static double shapeScale(int merges, int twoSided, PassTuning passes) {
        double usual = passes.usualMergeRate();
        double rate = (merges + usual * passes.mergeRatePrior()) / (twoSided + passes.mergeRatePrior());
        return Math.max(passes.minShapeScale(), Math.min(1, Math.log(rate) / Math.log(usual)));
    }

    private static double typicalSimilarity(BeadCostModel model, List<Bead> beads) {
        return median(beads.stream().filter(Bead::isOneToOne)
                .mapToDouble(model::similarity).toArray());
    }

    private List<AlignedBead> withEvidence(BeadCostModel model, List<Bead> beads, int n, int m) {
        List<AlignedBead> aligned = new ArrayList<>(beads.size());
        for (Bead bead : beads) {
            BeadEvidence evidence = bead.isTwoSided()
                    ? new BeadEvidence(model.similarity(bead), model.lengthDeviation(bead), model.contentWeight(bead), 0)
                    : new BeadEvidence(0, 0, model.contentWeight(bead), bestNeighbour(model, bead, n, m));
            aligned.add(new AlignedBead(bead, evidence));
        }
        return aligned;
    }

    /** How well a lone segment would have matched something near it: low means it is truly unmatched. */
    private double bestNeighbour(BeadCostModel model, Bead bead, int n, int m) {
        int neighbourhood = passes.neighbourhood();
        double best = 0;
        if (bead.isOmission()) {
            int j0 = bead.targetStart();
            for (int j = Math.max(0, j0 - neighbourhood); j < Math.min(m, j0 + neighbourhood); j++) {
                best = Math.max(best, model.similarity(new Bead(bead.sourceStart(), bead.sourceEnd(), j, j + 1)));
            }
        } else {
            int i0 = bead.sourceStart();
            for (int i = Math.max(0, i0 - neighbourhood); i < Math.min(n, i0 + neighbourhood); i++) {
                best = Math.max(best, model.similarity(new Bead(i, i + 1, bead.targetStart(), bead.targetEnd())));
            }
        }
        return best;
    }

    private static double ratio(List<SegmentProfile> source, List<SegmentProfile> target) {
        long ls = source.stream().mapToLong(SegmentProfile::length).sum();
        long lt = target.stream().mapToLong(SegmentProfile::length).sum();
        return ls == 0 || lt == 0 ? 1.0 : (double) lt / ls;
    }

    /**
     * Inverse document frequency over the segments of both sides, scaled so that a key found once on
     * each side weighs 1: rare shared words say more about a pairing than frequent ones.
     */
    static float[] keyWeights(List<SegmentProfile> source, List<SegmentProfile> target, int vocabularySize) {
        int[] df = new int[vocabularySize];
        countDocumentFrequency(source, df);
        countDocumentFrequency(target, df);
        int segments = Math.max(2, source.size() + target.size());
        double scale = Math.log(1 + segments / 2.0);
        float[] weights = new float[vocabularySize];
        for (int k = 0; k < vocabularySize; k++) {
            weights[k] = (float) (Math.log(1 + segments / (double) Math.max(1, df[k])) / scale);
        }
        return weights;
    }

    private static void countDocumentFrequency(List<SegmentProfile> side, int[] df) {
        for (SegmentProfile profile : side) {
            int last = -1;
            for (int key : profile.keys()) {
                if (key != last) {
                    df[key]++;
                    last = key;
                }
            }
        }
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /**
     * 1-0, 0-1, and every a-b up to the maximum where one side is single or both are two; with the
     * larger beads of documents that merge often, 2-3 and 3-2 as well (tuned on dev data; BENCHMARKS.md,
     * "Tuning notes").
     */
    static BeadShape[] shapes(int max) {
        List<BeadShape> shapes = new ArrayList<>();
        shapes.add(new BeadShape(1, 1));
        shapes.add(new BeadShape(1, 0));
        shapes.add(new BeadShape(0, 1));
        for (int a = 1; a <= max; a++) {
            for (int b = 1; b <= max; b++) {
                if ((a == 1 && b == 1) || (Math.min(a, b) != 1 && a + b > (max >= MERGING_MAX_BEAD ? 5 : 4))) {
                    continue;
                }
                shapes.add(new BeadShape(a, b));
            }
        }
        return shapes.toArray(new BeadShape[0]);
    }
}
