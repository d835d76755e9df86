package org.tandem.wordalign;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The word alignment inside one two-sided bead: which source tokens align to which target tokens.
 * Token offsets are into the bead's source and target texts (its segments joined by a space).
 *
 * @param sourceCovered per source token: it has a counterpart on the target side, by a link whose
 *                      translation evidence is more than chance
 * @param targetCovered the same per target token
 */
public record WordAlignment(List<WordToken> source, List<WordToken> target, List<WordLink> links,
                            BitSet sourceCovered, BitSet targetCovered) {
    public WordAlignment {
        source = List.copyOf(source);
        target = List.copyOf(target);
        links = List.copyOf(links);
        sourceCovered = (BitSet) sourceCovered.clone();
        targetCovered = (BitSet) targetCovered.clone();
    }

    @Override
    public BitSet sourceCovered() {
        return (BitSet) sourceCovered.clone();
    }

    @Override
    public BitSet targetCovered() {
        return (BitSet) targetCovered.clone();
    }

    public boolean sourceCovered(int token) {
        return sourceCovered.get(token);
    }

    public boolean targetCovered(int token) {
        return targetCovered.get(token);
    }

    /** Share of the source's content tokens that have a counterpart, 0..1; 1 when there are none. */
    public double sourceCoverage() {
        return coverage(source, sourceCovered);
    }

    /** Share of the target's content tokens that have a counterpart, 0..1; 1 when there are none. */
    public double targetCoverage() {
        return coverage(target, targetCovered);
    }

    private static double coverage(List<WordToken> tokens, BitSet covered) {
        int content = 0;
        int found = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).content()) {
                content++;
                found += covered.get(i) ? 1 : 0;
            }
        }
        return content == 0 ? 1.0 : (double) found / content;
    }

    /** Share of the content tokens of both sides that have a counterpart, 0..1; 1 when there are none. */
    public double contentCoverage() {
        int content = 0;
        int covered = 0;
        for (int i = 0; i < source.size(); i++) {
            if (source.get(i).content()) {
                content++;
                covered += sourceCovered.get(i) ? 1 : 0;
            }
        }
        for (int j = 0; j < target.size(); j++) {
            if (target.get(j).content()) {
                content++;
                covered += targetCovered.get(j) ? 1 : 0;
            }
        }
        return content == 0 ? 1.0 : (double) covered / content;
    }

    /**
     * The alignment of a part of the bead: the source tokens that start in characters {@code
     * [sourceFrom, sourceTo)} and the target tokens in {@code [targetFrom, targetTo)}, their offsets
     * shifted to the part's texts (which start at {@code sourceFrom} and {@code targetFrom}), and the
     * links between them. A token stays covered unless every link it had went out of the part; one
     * covered by strong evidence alone, without a link, keeps its coverage.
     */
    public WordAlignment within(int sourceFrom, int sourceTo, int targetFrom, int targetTo) {
        int[] sourceIndex = new int[source.size()];
        int[] targetIndex = new int[target.size()];
        List<WordToken> keptSource = keep(source, sourceFrom, sourceTo, sourceIndex);
        List<WordToken> keptTarget = keep(target, targetFrom, targetTo, targetIndex);
        List<WordLink> keptLinks = new ArrayList<>();
        BitSet sourceLinkedIn = new BitSet();
        BitSet sourceLinkedOut = new BitSet();
        BitSet targetLinkedIn = new BitSet();
        BitSet targetLinkedOut = new BitSet();
        for (WordLink link : links) {
            int s = sourceIndex[link.source()];
            int t = targetIndex[link.target()];
            if (s >= 0 && t >= 0) {
                keptLinks.add(new WordLink(s, t, link.probability()));
                sourceLinkedIn.set(s);
                targetLinkedIn.set(t);
            } else if (s >= 0) {
                sourceLinkedOut.set(s);
            } else if (t >= 0) {
                targetLinkedOut.set(t);
            }
        }
        return new WordAlignment(keptSource, keptTarget, keptLinks,
                keptCoverage(sourceCovered, sourceIndex, sourceLinkedIn, sourceLinkedOut),
                keptCoverage(targetCovered, targetIndex, targetLinkedIn, targetLinkedOut));
    }

    private static List<WordToken> keep(List<WordToken> tokens, int from, int to, int[] index) {
        List<WordToken> kept = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            WordToken token = tokens.get(i);
            if (token.start() < from || token.start() >= to) {
                index[i] = -1;
                continue;
            }
            index[i] = kept.size();
            kept.add(from == 0 ? token : new WordToken(token.surface(), token.folded(), token.start() - from,
                    token.end() - from, token.number(), token.content(), token.name()));
        }
        return kept;
    }

    private static BitSet keptCoverage(BitSet covered, int[] index, BitSet linkedIn, BitSet linkedOut) {
        BitSet kept = new BitSet();
        for (int i = 0; i < index.length; i++) {
            int k = index[i];
            if (k >= 0 && covered.get(i) && (linkedIn.get(k) || !linkedOut.get(k))) {
                kept.set(k);
            }
        }
        return kept;
    }

    /** Index of the target token linked to the given source token with the highest probability, or -1. */
    public int bestTargetFor(int sourceToken) {
        int best = -1;
        double probability = -1;
        for (WordLink link : links) {
            if (link.source() == sourceToken && link.probability() > probability) {
                best = link.target();
                probability = link.probability();
            }
        }
        return best;
    }

    /** Index of the source token linked to the given target token with the highest probability, or -1. */
    public int bestSourceFor(int targetToken) {
        int best = -1;
        double probability = -1;
        for (WordLink link : links) {
            if (link.target() == targetToken && link.probability() > probability) {
                best = link.source();
                probability = link.probability();
            }
        }
        return best;
    }

    /** The source side's uncovered runs, in order, with the default {@link WordAlignTuning#coveredCost}. */
    public List<UncoveredRun> uncoveredSourceRuns() {
        return uncoveredSourceRuns(WordAlignTuning.defaults().coveredCost());
    }

    /** The target side's uncovered runs, in order, with the default {@link WordAlignTuning#coveredCost}. */
    public List<UncoveredRun> uncoveredTargetRuns() {
        return uncoveredTargetRuns(WordAlignTuning.defaults().coveredCost());
    }

    /** The source side's uncovered runs, in order; see {@link #uncoveredRuns}. */
    public List<UncoveredRun> uncoveredSourceRuns(int coveredCost) {
        return uncoveredRuns(source, sourceCovered, coveredCost);
    }

    /** The target side's uncovered runs, in order; see {@link #uncoveredRuns}. */
    public List<UncoveredRun> uncoveredTargetRuns(int coveredCost) {
        return uncoveredRuns(target, targetCovered, coveredCost);
    }

    /**
     * The source side's uncovered run that ends on its last content word, if it has one: what a
     * translation that breaks off early leaves without a counterpart.
     */
    public java.util.Optional<UncoveredRun> sourceTail(int coveredCost) {
        return tail(source, uncoveredSourceRuns(coveredCost));
    }

    /** The target side's uncovered run that ends on its last content word: an appended clause. */
    public java.util.Optional<UncoveredRun> targetTail(int coveredCost) {
        return tail(target, uncoveredTargetRuns(coveredCost));
    }

    /** The content words of a side's uncovered tail run; 0 when its last content word is covered. */
    public static int length(java.util.Optional<UncoveredRun> tail) {
        return tail.map(UncoveredRun::contentWords).orElse(0);
    }

    private static java.util.Optional<UncoveredRun> tail(List<WordToken> tokens, List<UncoveredRun> runs) {
        int last = tokens.size() - 1;
        while (last >= 0 && !tokens.get(last).content()) {
            last--;
        }
        if (last < 0 || runs.isEmpty()) {
            return java.util.Optional.empty();
        }
        UncoveredRun closing = runs.get(runs.size() - 1);
        return closing.lastToken() == last ? java.util.Optional.of(closing) : java.util.Optional.empty();
    }

    /** The most content words of any uncovered run of the side, 0 when all are covered. */
    public static int longest(List<UncoveredRun> runs) {
        return runs.stream().mapToInt(UncoveredRun::contentWords).max().orElse(0);
    }

    /**
     * The maximal-scoring stretches of the side's content words, each uncovered word scoring 1 and each
     * covered one {@code -coveredCost} (the maximum-subarray scan, restarted where the sum falls to zero).
     * A run's {@code contentWords} is its score: the uncovered words it holds beyond what its covered
     * words cancel. A covered content word costs more than one uncovered word because a run may hold a
     * chance match (a cognate or number that happens to appear on the other side) and still be one
     * stretch without a counterpart (the cost was tuned on dev data, damaged NTREX).
     */
    private static List<UncoveredRun> uncoveredRuns(List<WordToken> tokens, BitSet covered, int coveredCost) {
        List<UncoveredRun> runs = new ArrayList<>();
        int sum = 0;
        int first = -1;
        int best = 0;
        int bestLast = -1;
        for (int k = 0; k < tokens.size(); k++) {
            if (!tokens.get(k).content()) {
                continue;
            }
            int score = covered.get(k) ? -coveredCost : 1;
            if (first < 0) {
                if (score < 0) {
                    continue;
                }
                first = k;
                sum = 0;
                best = 0;
            }
            sum += score;
            if (sum > best) {
                best = sum;
                bestLast = k;
            }
            if (sum <= 0) {
                runs.add(new UncoveredRun(first, bestLast, best, tokens.get(first).start(), tokens.get(bestLast).end()));
                first = -1;
            }
        }
        if (first >= 0) {
            runs.add(new UncoveredRun(first, bestLast, best, tokens.get(first).start(), tokens.get(bestLast).end()));
        }
        return runs;
    }
}
