package org.tandem.wordalign;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.tandem.align.AlignedBead;
import org.tandem.align.AlignmentResult;
import org.tandem.align.Bead;
import org.tandem.align.BeadEvidence;
import org.tandem.align.GaleChurch;
import org.tandem.align.SegmentProfile;
import org.tandem.text.DocumentTokens;
import org.tandem.text.SegmentTokens;

/**
 * Takes out of a merged bead (1-2, 2-1, 2-2 …) a first or last segment that has no counterpart: an
 * inserted line ("Related articles", a caption, a sentence from elsewhere) glued to the pair beside it,
 * or an omitted sentence glued to its neighbour's translation. The aligner glues them because one
 * short unsupported segment costs it less than a segment left alone; the word alignment inside the
 * bead shows what the aligner's overlap could not: the piece's content words have (almost) no
 * counterparts while the rest of the bead's side has many, and fewer than almost every side of the
 * document's confident pairs has. The piece becomes an omission or addition
 * of its own, in the same place, so every segment keeps its bead.
 *
 * <p>A merge stays as it is when its one-segment side holds more sentences than the rest of the other
 * side: then the segments are that segment's sentences translated one by one, and a piece with few
 * links is a free translation in words the lexicon does not know.
 */
public final class UncoveredPieceSplitter {
    private final WordAlignTuning tuning;

    public UncoveredPieceSplitter(WordAlignTuning tuning) {
        this.tuning = tuning;
    }

    /**
     * A piece to take out: which side, the segment, whether it is the side's first segment, its
     * covered share against the rest's, and its character offsets {@code [from, to)} in the side's text.
     */
    private record Piece(boolean sourceSide, int segment, boolean first, double share, int from, int to) {
    }

    public UnalignedPairSplitter.Split split(AlignmentResult result, WordAlignments words, DocumentTokens tokens) {
        List<AlignedBead> aligned = result.aligned();
        double[] sides = confidentSides(words);
        if (sides.length == 0) {
            return new UnalignedPairSplitter.Split(result, words);
        }
        double faithfulLow = sides[(int) Math.floor(tuning.pieceQuantile() * (sides.length - 1))];
        SplitBuilder split = new SplitBuilder(result, words);
        for (int k = 0; k < aligned.size(); k++) {
            AlignedBead bead = aligned.get(k);
            WordAlignment alignment = words.get(k);
            Piece piece = alignment == null ? null : piece(bead.bead(), alignment, tokens, faithfulLow);
            if (piece == null) {
                split.keep(k);
                continue;
            }
            Bead pair = bead.bead();
            Bead rest;
            Bead alone;
            if (piece.sourceSide()) {
                alone = new Bead(piece.segment(), piece.segment() + 1, piece.first() ? pair.targetStart() : pair.targetEnd(),
                        piece.first() ? pair.targetStart() : pair.targetEnd());
                rest = piece.first() ? new Bead(pair.sourceStart() + 1, pair.sourceEnd(), pair.targetStart(), pair.targetEnd())
                        : new Bead(pair.sourceStart(), pair.sourceEnd() - 1, pair.targetStart(), pair.targetEnd());
            } else {
                alone = new Bead(piece.first() ? pair.sourceStart() : pair.sourceEnd(),
                        piece.first() ? pair.sourceStart() : pair.sourceEnd(), piece.segment(), piece.segment() + 1);
                rest = piece.first() ? new Bead(pair.sourceStart(), pair.sourceEnd(), pair.targetStart() + 1, pair.targetEnd())
                        : new Bead(pair.sourceStart(), pair.sourceEnd(), pair.targetStart(), pair.targetEnd() - 1);
            }
            BeadEvidence evidence = bead.evidence();
            BeadEvidence restEvidence = new BeadEvidence(evidence.similarity(),
                    GaleChurch.deviation(result.parameters(), chars(tokens.source(), rest.sourceStart(), rest.sourceEnd()),
                            chars(tokens.target(), rest.targetStart(), rest.targetEnd())),
                    evidence.contentWeight(), 0);
            BeadEvidence aloneEvidence = new BeadEvidence(0, 0, evidence.contentWeight(), evidence.similarity());
            // The rest of a side whose first segment goes starts after that segment and the space after it.
            int restFrom = piece.first() ? piece.to() + 1 : 0;
            int restTo = piece.first() ? Integer.MAX_VALUE : piece.from();
            WordAlignment restWords = piece.sourceSide()
                    ? alignment.within(restFrom, restTo, 0, Integer.MAX_VALUE)
                    : alignment.within(0, Integer.MAX_VALUE, restFrom, restTo);
            if (piece.first()) {
                split.add(new AlignedBead(alone, aloneEvidence), null);
            }
            split.add(new AlignedBead(rest, restEvidence), restWords);
            if (!piece.first()) {
                split.add(new AlignedBead(alone, aloneEvidence), null);
            }
        }
        return split.build();
    }

    /** The least covered end segment of the bead that qualifies as a piece to take out, or null. */
    private Piece piece(Bead bead, WordAlignment alignment, DocumentTokens tokens, double faithfulLow) {
        Piece best = null;
        if (bead.targetCount() >= 2 && !naturalSplit(tokens.source(), bead.sourceStart(), bead.sourceEnd(),
                tokens.target(), bead.targetStart(), bead.targetEnd())) {
            best = better(best, candidate(false, alignment.target(), alignment.targetCovered(), tokens.target(),
                    bead.targetStart(), bead.targetEnd(), true, faithfulLow));
            best = better(best, candidate(false, alignment.target(), alignment.targetCovered(), tokens.target(),
                    bead.targetStart(), bead.targetEnd(), false, faithfulLow));
        }
        if (bead.sourceCount() >= 2 && !naturalSplit(tokens.target(), bead.targetStart(), bead.targetEnd(),
                tokens.source(), bead.sourceStart(), bead.sourceEnd())) {
            best = better(best, candidate(true, alignment.source(), alignment.sourceCovered(), tokens.source(),
                    bead.sourceStart(), bead.sourceEnd(), true, faithfulLow));
            best = better(best, candidate(true, alignment.source(), alignment.sourceCovered(), tokens.source(),
                    bead.sourceStart(), bead.sourceEnd(), false, faithfulLow));
        }
        return best;
    }

    private static Piece better(Piece best, Piece candidate) {
        return candidate != null && (best == null || candidate.share() < best.share()) ? candidate : best;
    }

    /**
     * Whether a one-segment side holds more sentences than the other side keeps without its end
     * segment: then each of the other side's segments translates one of its sentences.
     */
    private static boolean naturalSplit(SegmentTokens one, int oneStart, int oneEnd, SegmentTokens many, int manyStart,
                                        int manyEnd) {
        if (oneEnd - oneStart != 1) {
            return false;
        }
        int sentences = SegmentProfile.sentences(one.segment(oneStart).text());
        return sentences >= manyEnd - manyStart;
    }

    /**
     * The first or last segment of a side as a piece to take out: few of its content words covered, far
     * fewer in share than the rest of the side's.
     */
    private Piece candidate(boolean sourceSide, List<WordToken> words, BitSet covered, SegmentTokens segments,
                            int start, int end, boolean first, double faithfulLow) {
        int segment = first ? start : end - 1;
        int[] bounds = bounds(segments, start, end, segment);
        int pieceContent = 0;
        int pieceCovered = 0;
        int restContent = 0;
        int restCovered = 0;
        for (int i = 0; i < words.size(); i++) {
            WordToken word = words.get(i);
            if (!word.content()) {
                continue;
            }
            boolean inPiece = word.start() >= bounds[0] && word.start() < bounds[1];
            int hit = covered.get(i) ? 1 : 0;
            if (inPiece) {
                pieceContent++;
                pieceCovered += hit;
            } else {
                restContent++;
                restCovered += hit;
            }
        }
        if (pieceContent < tuning.pieceMinContentWords() || restContent == 0 || pieceCovered > tuning.pieceMaxCovered()) {
            return null;
        }
        double pieceShare = (double) pieceCovered / pieceContent;
        double restShare = (double) restCovered / restContent;
        if (pieceShare >= faithfulLow || pieceShare >= tuning.pieceCoverageShare() * restShare) {
            return null;
        }
        return new Piece(sourceSide, segment, first, pieceShare / restShare, bounds[0], bounds[1]);
    }

    /**
     * The coverage of each side of the document's confident pairs that has content words, sorted: what
     * faithful sentences of this document get from the lexicons. A weak lexicon leaves some faithful
     * sides uncovered, and then no piece is uncovered enough to be taken out.
     */
    private static double[] confidentSides(WordAlignments words) {
        List<Double> shares = new ArrayList<>();
        for (int k = 0; k < words.beads().size(); k++) {
            WordAlignment alignment = words.get(k);
            if (alignment == null || !words.isConfident(k)) {
                continue;
            }
            if (alignment.source().stream().anyMatch(WordToken::content)) {
                shares.add(alignment.sourceCoverage());
            }
            if (alignment.target().stream().anyMatch(WordToken::content)) {
                shares.add(alignment.targetCoverage());
            }
        }
        return shares.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /**
     * Character offsets {@code [from, to)} of one segment inside a bead side's text: its segments
     * joined by a space, as {@link SegmentTokens#span} joins them.
     */
    static int[] bounds(SegmentTokens segments, int start, int end, int segment) {
        int offset = 0;
        for (int k = start; k < end; k++) {
            if (k > start && offset > 0) {
                offset++;
            }
            int length = segments.segment(k).text().length();
            if (k == segment) {
                return new int[] {offset, offset + length};
            }
            offset += length;
        }
        throw new IllegalArgumentException("segment " + segment + " is not in " + start + ".." + end);
    }

    static long chars(SegmentTokens segments, int start, int end) {
        long chars = 0;
        for (int k = start; k < end; k++) {
            chars += segments.segment(k).text().length();
        }
        return chars;
    }
}
