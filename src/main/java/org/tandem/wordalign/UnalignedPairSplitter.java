package org.tandem.wordalign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.tandem.align.AlignedBead;
import org.tandem.align.AlignmentResult;
import org.tandem.align.Bead;
import org.tandem.align.BeadEvidence;

/**
 * Undoes a 1-1 bead that pairs two sentences with nothing in common: an omitted source sentence next to
 * an inserted target line costs the aligner less as one poor pair than as an omission plus an addition,
 * but a reviewer needs to see both. The evidence is the word alignment inside the bead: its words have
 * almost no counterparts, far fewer than any faithful pair of this document gets, although a name or
 * a number on one side would have found its counterpart in a translation; and the beads around it align
 * as well as faithful pairs do, so the pairing is not the start of a misaligned stretch.
 * Such a bead becomes a 1-0 followed by a 0-1, in the same place, so every segment keeps its bead.
 */
public final class UnalignedPairSplitter {
    private final WordAlignTuning tuning;

    public UnalignedPairSplitter(WordAlignTuning tuning) {
        this.tuning = tuning;
    }

    /** The alignment and its word alignments, parallel, after splitting; the same objects when nothing splits. */
    public record Split(AlignmentResult result, WordAlignments words) {
    }

    public Split split(AlignmentResult result, WordAlignments words) {
        List<AlignedBead> aligned = result.aligned();
        double[] confident = confidentCoverage(aligned, words);
        if (confident.length < tuning.splitMinSample()) {
            return new Split(result, words);
        }
        double unaligned = tuning.splitCoverageFactor() * quantile(confident, tuning.splitQuantile());
        double faithful = quantile(confident, tuning.splitNeighbourQuantile());
        SplitBuilder split = new SplitBuilder(result, words);
        for (int k = 0; k < aligned.size(); k++) {
            if (shouldSplit(k, aligned, words, unaligned, faithful)) {
                AlignedBead bead = aligned.get(k);
                Bead pair = bead.bead();
                BeadEvidence lone = new BeadEvidence(0, 0, bead.evidence().contentWeight(), bead.evidence().similarity());
                split.add(new AlignedBead(new Bead(pair.sourceStart(), pair.sourceEnd(), pair.targetStart(),
                        pair.targetStart()), lone), null);
                split.add(new AlignedBead(new Bead(pair.sourceEnd(), pair.sourceEnd(), pair.targetStart(),
                        pair.targetEnd()), lone), null);
            } else {
                split.keep(k);
            }
        }
        return split.build();
    }

    private boolean shouldSplit(int k, List<AlignedBead> aligned, WordAlignments words, double unaligned,
                                double faithful) {
        WordAlignment alignment = words.get(k);
        if (!aligned.get(k).bead().isOneToOne() || alignment == null || words.isConfident(k)
                || contentWords(alignment.source()) < tuning.splitMinContentWords()
                || contentWords(alignment.target()) < tuning.splitMinContentWords()
                || alignment.contentCoverage() >= unaligned
                || !(hasAnchor(alignment.source()) || hasAnchor(alignment.target()))) {
            return false;
        }
        int wellAligned = 0;
        for (int neighbour : new int[] {k - 1, k + 1}) {
            if (neighbour < 0 || neighbour >= aligned.size()) {
                continue;
            }
            WordAlignment next = words.get(neighbour);
            if (next == null) {
                continue;
            }
            if (next.contentCoverage() < faithful) {
                return false;
            }
            wellAligned++;
        }
        return wellAligned > 0;
    }

    /**
     * Whether a side holds a name or a number: words that a translation carries over as they are, so that
     * their having no counterpart shows the other side is about something else. Without one, a pair with
     * no links may be a free translation in words the lexicon does not know.
     */
    private static boolean hasAnchor(List<WordToken> tokens) {
        for (WordToken token : tokens) {
            if (token.name() || token.number()) {
                return true;
            }
        }
        return false;
    }

    private static int contentWords(List<WordToken> tokens) {
        int content = 0;
        for (WordToken token : tokens) {
            content += token.content() ? 1 : 0;
        }
        return content;
    }

    private static double[] confidentCoverage(List<AlignedBead> aligned, WordAlignments words) {
        List<Double> coverage = new ArrayList<>();
        for (int k = 0; k < aligned.size(); k++) {
            if (words.get(k) != null && words.isConfident(k)) {
                coverage.add(words.get(k).contentCoverage());
            }
        }
        double[] sorted = coverage.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    private static double quantile(double[] sorted, double share) {
        return sorted[(int) Math.floor(share * (sorted.length - 1))];
    }
}
