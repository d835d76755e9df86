package org.tandem.align;

import java.util.List;

/**
 * The parts of a {@link BeadCost}, as {@link BeadCostModel} answers with them: the base cost of a
 * two-sided bead is the sum of its {@link CostTerm}s, in order; a one-sided bead costs its {@link NullCost}; the lexical part and the
 * merge penalty come last, as the search's lower-bound contract needs them.
 */
final class CompositeCost {
    private final CostTerm[] terms;
    private final NullCost nullCost;
    private final LexicalOverlap lexical;
    private final MergeSupport merges;
    private final double gapOpen;

    CompositeCost(List<CostTerm> terms, NullCost nullCost, LexicalOverlap lexical, MergeSupport merges,
                  double gapOpen) {
        this.terms = terms.stream().filter(term -> !term.alwaysZero()).toArray(CostTerm[]::new);
        this.nullCost = nullCost;
        this.lexical = lexical;
        this.merges = merges;
        this.gapOpen = gapOpen;
    }

    double baseCost(int i, int a, int j, int b) {
        if (a == 0 || b == 0) {
            return nullCost.cost(i, a, j, b);
        }
        double sum = 0;
        for (CostTerm term : terms) {
            sum += term.cost(i, a, j, b);
        }
        return sum;
    }

    double maxLexicalBonus() {
        return lexical.maxBonus();
    }

    double lexicalCost(int i, int a, int j, int b) {
        return lexical.cost(i, a, j, b);
    }

    double mergePenalty(int i, int a, int j, int b) {
        return merges.cost(i, a, j, b);
    }

    double gapOpenCost() {
        return gapOpen;
    }
}
