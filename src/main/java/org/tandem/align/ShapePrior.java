package org.tandem.align;

/** The prior cost of the bead's shape: 1-1 is cheap, merges need evidence ({@link AlignmentParameters#shapeCostOf}). */
final class ShapePrior implements CostTerm {
    private final AlignmentParameters params;

    ShapePrior(AlignmentParameters params) {
        this.params = params;
    }

    @Override
    public double cost(int i, int a, int j, int b) {
        return params.shapeCostOf(a, b);
    }
}
