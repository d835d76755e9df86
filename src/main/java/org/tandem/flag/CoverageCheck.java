package org.tandem.flag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tandem.align.Bead;
import org.tandem.wordalign.UncoveredRun;
import org.tandem.wordalign.WordAlignment;
import org.tandem.wordalign.WordAlignments;

/**
 * Flags a run of content words on one side of a pair that has no counterpart on the other, by the word
 * alignment inside the bead: {@code partial-omission} for source words the translation leaves out,
 * {@code partial-addition} for target words with no source. How long a run must be follows the
 * document: the uncovered runs of its own confident pairs, each aligned with a word table that did not
 * learn from it, show how long a run a faithful pair of this document has. A weak lexicon leaves long
 * runs in faithful pairs too, and so raises the bar rather than the number of flags.
 */
final class CoverageCheck implements BeadCheck {
    /** Longest quotation of a run in a reason. */
    private static final int QUOTE_LIMIT = 160;

    private final Span.Side side;
    private final int threshold;
    private final int tailThreshold;
    private final int otherTail;
    private final double otherSideCoverage;
    private final WordAlignments words;
    private final Map<Bead, Integer> positions;
    private final int coveredCost;

    private CoverageCheck(Span.Side side, int threshold, int tailThreshold, int otherTail, double otherSideCoverage,
                          WordAlignments words, Map<Bead, Integer> positions, int coveredCost) {
        this.side = side;
        this.threshold = threshold;
        this.tailThreshold = tailThreshold;
        this.otherTail = otherTail;
        this.otherSideCoverage = otherSideCoverage;
        this.words = words;
        this.positions = positions;
        this.coveredCost = coveredCost;
    }

    /** As {@link #forDocument(List, WordAlignments, FlagTuning)} with the default tuning. */
    static List<BeadCheck> forDocument(List<Bead> beads, WordAlignments words) {
        return forDocument(beads, words, FlagTuning.defaults());
    }

    /**
     * The omission check and the addition check for one document, their bars set from its confident
     * pairs. The least run flagged is longer than the runs of most of them ({@link
     * CoverageTuning#faithfulQuantile}) and never shorter than {@link CoverageTuning#minRun}; the other
     * side must be covered at least as well as {@link CoverageTuning#otherSideQuantile} of them are: a
     * translation that leaves a clause out still has a counterpart for nearly all it says, while a pair
     * the lexicon simply knows little of is patchy on both sides.
     */
    static List<BeadCheck> forDocument(List<Bead> beads, WordAlignments words, FlagTuning tuning) {
        CoverageTuning coverage = tuning.coverage();
        int coveredCost = tuning.words().coveredCost();
        Map<Bead, Integer> positions = new HashMap<>();
        for (int k = 0; k < beads.size(); k++) {
            positions.put(beads.get(k), k);
        }
        List<Integer> sourceRuns = new ArrayList<>();
        List<Integer> targetRuns = new ArrayList<>();
        List<Integer> sourceTails = new ArrayList<>();
        List<Integer> targetTails = new ArrayList<>();
        List<Double> sourceCoverage = new ArrayList<>();
        List<Double> targetCoverage = new ArrayList<>();
        for (int k = 0; k < beads.size(); k++) {
            WordAlignment alignment = words.get(k);
            if (alignment != null && words.isConfident(k)) {
                sourceRuns.add(WordAlignment.longest(alignment.uncoveredSourceRuns(coveredCost)));
                targetRuns.add(WordAlignment.longest(alignment.uncoveredTargetRuns(coveredCost)));
                int sourceTail = WordAlignment.length(alignment.sourceTail(coveredCost));
                int targetTail = WordAlignment.length(alignment.targetTail(coveredCost));
                sourceTails.add(targetRuns.get(targetRuns.size() - 1) <= coverage.otherTail() ? sourceTail : 0);
                targetTails.add(sourceRuns.get(sourceRuns.size() - 1) <= coverage.otherTail() ? targetTail : 0);
                sourceCoverage.add(alignment.sourceCoverage());
                targetCoverage.add(alignment.targetCoverage());
            }
        }
        return List.of(
                new CoverageCheck(Span.Side.SOURCE, threshold(sourceRuns, coverage),
                        threshold(sourceTails, coverage.minTail(), coverage), coverage.otherTail(),
                        quantile(targetCoverage, coverage), words, positions, coveredCost),
                new CoverageCheck(Span.Side.TARGET, threshold(targetRuns, coverage),
                        threshold(targetTails, coverage.minTail(), coverage), coverage.otherTail(),
                        quantile(sourceCoverage, coverage), words, positions, coveredCost));
    }

    /** As {@link #threshold(List, CoverageTuning)} with the default tuning. */
    static int threshold(List<Integer> faithfulRuns) {
        return threshold(faithfulRuns, CoverageTuning.defaults());
    }

    /**
     * The least run length flagged: longer than the document's faithful pairs' runs, and at least
     * {@link CoverageTuning#minRun}; twice that below {@link CoverageTuning#minSample} faithful pairs.
     */
    static int threshold(List<Integer> faithfulRuns, CoverageTuning tuning) {
        return threshold(faithfulRuns, tuning.minRun(), tuning);
    }

    /** As {@link #threshold(List, CoverageTuning)}, with {@code least} in place of the minimum run. */
    private static int threshold(List<Integer> faithfulRuns, int least, CoverageTuning tuning) {
        if (faithfulRuns.size() < tuning.minSample()) {
            return 2 * least;
        }
        int[] sorted = faithfulRuns.stream().mapToInt(Integer::intValue).sorted().toArray();
        int quantile = sorted[Math.min(sorted.length - 1, (int) Math.floor(tuning.faithfulQuantile() * sorted.length))];
        return Math.max(least, quantile + 1);
    }

    private static double quantile(List<Double> coverage, CoverageTuning tuning) {
        if (coverage.size() < tuning.minSample()) {
            return 1.0;
        }
        double[] sorted = coverage.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[(int) Math.floor(tuning.otherSideQuantile() * (sorted.length - 1))];
    }

    @Override
    public Optional<Flag> check(BeadContext bead) {
        WordAlignment alignment = bead.words();
        if (alignment == null) {
            return Optional.empty();
        }
        boolean source = side == Span.Side.SOURCE;
        List<UncoveredRun> flagged = longRuns(alignment, source);
        if (flagged.isEmpty()) {
            flagged = uncoveredEnd(alignment, source);
        }
        if (flagged.isEmpty() || movedToNeighbour(bead.bead(), WordAlignment.longest(flagged))) {
            return Optional.empty();
        }
        String text = source ? bead.sourceText() : bead.targetText();
        List<Span> spans = flagged.stream().map(run -> new Span(side, run.start(), run.end())).toList();
        List<String> quoted = flagged.stream().map(run -> "'" + quote(text.substring(run.start(), run.end())) + "'")
                .toList();
        String reason = source
                ? "the source's " + String.join(" and ", quoted) + " " + (quoted.size() == 1 ? "has" : "have")
                        + " no counterpart in the translation"
                : "the translation's " + String.join(" and ", quoted) + " " + (quoted.size() == 1 ? "has" : "have")
                        + " no counterpart in the source";
        return Optional.of(new Flag(source ? FlagKind.PARTIAL_OMISSION : FlagKind.PARTIAL_ADDITION, reason, spans));
    }

    /**
     * The runs longer than the document's bar, on a pair whose other side is covered as well as most
     * faithful pairs are.
     */
    private List<UncoveredRun> longRuns(WordAlignment alignment, boolean source) {
        if ((source ? alignment.targetCoverage() : alignment.sourceCoverage()) < otherSideCoverage) {
            return List.of();
        }
        List<UncoveredRun> runs = source ? alignment.uncoveredSourceRuns(coveredCost) : alignment.uncoveredTargetRuns(coveredCost);
        return runs.stream().filter(run -> run.contentWords() >= threshold).toList();
    }

    /**
     * The side's uncovered end, where the other side's end has its counterpart: a translation that
     * breaks off before the source does (with its full stop, so that only the words tell), or one
     * that goes on after it. Faithful pairs rarely leave their last words without a counterpart on one
     * side only, so the bar, set from the document's confident pairs as for inner runs, is lower.
     */
    private List<UncoveredRun> uncoveredEnd(WordAlignment alignment, boolean source) {
        Optional<UncoveredRun> tail = source ? alignment.sourceTail(coveredCost) : alignment.targetTail(coveredCost);
        int other = WordAlignment.longest(source ? alignment.uncoveredTargetRuns(coveredCost)
                : alignment.uncoveredSourceRuns(coveredCost));
        return tail.isPresent() && tail.get().contentWords() >= tailThreshold && other <= otherTail
                ? List.of(tail.get()) : List.of();
    }

    /**
     * Whether a neighbouring pair has an uncovered run of about this size on the other side: the content
     * then moved across the sentence boundary (a list whose items the translation groups differently),
     * and neither pair lacks it.
     */
    private boolean movedToNeighbour(Bead bead, int length) {
        Integer position = positions.get(bead);
        if (position == null) {
            return false;
        }
        for (int neighbour : new int[] {position - 1, position + 1}) {
            if (neighbour < 0 || neighbour >= words.beads().size() || words.get(neighbour) == null) {
                continue;
            }
            WordAlignment other = words.get(neighbour);
            List<UncoveredRun> opposite = side == Span.Side.SOURCE ? other.uncoveredTargetRuns(coveredCost)
                    : other.uncoveredSourceRuns(coveredCost);
            if (2 * WordAlignment.longest(opposite) >= length) {
                return true;
            }
        }
        return false;
    }

    private static String quote(String text) {
        if (text.length() <= QUOTE_LIMIT) {
            return text;
        }
        int half = QUOTE_LIMIT / 2;
        return text.substring(0, half).stripTrailing() + " … " + text.substring(text.length() - half).stripLeading();
    }

    @Override
    public String toString() {
        return "CoverageCheck" + Arrays.asList(side, threshold, tailThreshold);
    }
}
