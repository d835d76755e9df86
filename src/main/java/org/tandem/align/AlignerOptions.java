package org.tandem.align;

/**
 * @param maxSegmentsPerSide largest number of segments on one side of a bead (3 allows 1-3 and 3-1), or
 *                           {@link #AUTOMATIC}: 3, or 5 in documents whose first pass shows that they split
 *                           and join sentences often
 * @param keyPrefixLength    characters of a folded word that form its cognate key
 * @param lexicon            an optional bilingual dictionary, {@link Lexicon#EMPTY} when none
 * @param tuning             every tuned number of the aligner
 */
public record AlignerOptions(int maxSegmentsPerSide, int keyPrefixLength, Lexicon lexicon, AlignerTuning tuning) {
    /** Bead size chosen per document; see {@link #maxSegmentsPerSide}. */
    public static final int AUTOMATIC = 0;

    public AlignerOptions {
        if (maxSegmentsPerSide != AUTOMATIC && (maxSegmentsPerSide < 1 || maxSegmentsPerSide > 6)) {
            throw new IllegalArgumentException("max segments per side must be 1..6, not " + maxSegmentsPerSide);
        }
    }

    public static AlignerOptions defaults() {
        return new AlignerOptions(AUTOMATIC, 4, Lexicon.EMPTY, AlignerTuning.defaults());
    }

    /** The most segments a bead can have on one side with these options. */
    public int largestBead() {
        return maxSegmentsPerSide == AUTOMATIC ? Aligner.MERGING_MAX_BEAD : maxSegmentsPerSide;
    }

    public AlignerOptions withLexicon(Lexicon lexicon) {
        return new AlignerOptions(maxSegmentsPerSide, keyPrefixLength, lexicon, tuning);
    }

    public AlignerOptions withMaxSegmentsPerSide(int max) {
        return new AlignerOptions(max, keyPrefixLength, lexicon, tuning);
    }

    public AlignerOptions withTuning(AlignerTuning newTuning) {
        return new AlignerOptions(maxSegmentsPerSide, keyPrefixLength, lexicon, newTuning);
    }
}
