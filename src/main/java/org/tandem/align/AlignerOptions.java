package org.tandem.align;

/**
 * @param maxSegmentsPerSide largest number of segments on one side of a bead (3 allows 1-3 and 3-1)
 * @param keyPrefixLength    characters of a folded word that form its cognate key
 * @param lexicon            an optional bilingual dictionary, {@link Lexicon#EMPTY} when none
 */
public record AlignerOptions(int maxSegmentsPerSide, int keyPrefixLength, Lexicon lexicon) {
    public AlignerOptions {
        if (maxSegmentsPerSide < 1 || maxSegmentsPerSide > 6) {
            throw new IllegalArgumentException("max segments per side must be 1..6, not " + maxSegmentsPerSide);
        }
    }

    public static AlignerOptions defaults() {
        return new AlignerOptions(3, 4, Lexicon.EMPTY);
    }

    public AlignerOptions withLexicon(Lexicon lexicon) {
        return new AlignerOptions(maxSegmentsPerSide, keyPrefixLength, lexicon);
    }

    public AlignerOptions withMaxSegmentsPerSide(int max) {
        return new AlignerOptions(max, keyPrefixLength, lexicon);
    }
}
