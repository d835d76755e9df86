package org.tandem.wordalign;

/** Word translation probabilities in one direction: how likely a word of one side is given a word of the other. */
interface Translations {
    /** Stands in for the probability of a pair the training never saw together. */
    float UNSEEN = 1e-4f;

    /** p(to | from), or {@link #UNSEEN}. */
    float probability(int from, int to);

    /**
     * p(to[j] | from) for every j into {@code out[offset + j · stride]}: one bead's look-ups of one
     * word at a time.
     */
    default void probabilities(int from, int[] to, float[] out, int offset, int stride) {
        for (int j = 0; j < to.length; j++) {
            out[offset + j * stride] = probability(from, to[j]);
        }
    }

    /** p(to | the empty word): how often the word is left without a counterpart. */
    float nullProbability(int to);

    /** Evidence between two words, given in the direction of the model using it. */
    @FunctionalInterface
    interface Prior {
        float strength(int from, int to);
    }
}
