package org.tandem.align;

/**
 * One additive part of a two-sided bead's base cost (shape prior, length fit, paragraphs, sentence
 * counts…), as maligna's {@code Calculator}s are parts of a {@code CompositeCalculator}. A term is
 * never negative, so any sum of terms keeps {@link BeadCost}'s lower-bound contract.
 */
interface CostTerm {
    /** The cost of source {@code [i, i+a)} against target {@code [j, j+b)}, both sides non-empty. */
    double cost(int i, int a, int j, int b);

    /**
     * Whether {@link #cost} is 0 for every bead of this document pair (a term switched off, or one that
     * reads evidence the pair does not have): the sum may then leave it out, adding 0 changes no sum.
     */
    default boolean alwaysZero() {
        return false;
    }
}
