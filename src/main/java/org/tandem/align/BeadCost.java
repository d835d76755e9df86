package org.tandem.align;

/**
 * The cost of a candidate bead, as {@link PathSearch} asks for it: source {@code [i, i+a)} against
 * target {@code [j, j+b)}. Costs are negative log-probabilities, so they add up along a path; lower is
 * better.
 *
 * <p>The contract the search relies on to skip hopeless candidates cheaply:
 * <ul>
 *   <li>{@link #baseCost} is the whole cost of a one-sided bead ({@code a == 0 || b == 0});</li>
 *   <li>for a two-sided bead the total is {@code baseCost + lexicalCost + mergePenalty}, and
 *       {@code lexicalCost >= -maxLexicalBonus()}: so {@code baseCost - maxLexicalBonus()} is a lower
 *       bound on the total;</li>
 *   <li>{@code mergePenalty >= 0}, so {@code baseCost + lexicalCost} is a lower bound too;</li>
 *   <li>{@code mergePenalty} of a bead is asked right after {@code lexicalCost} of the same bead, which
 *       lets an implementation reuse the overlap it just counted.</li>
 * </ul>
 * Implementations may keep scratch state and need not be thread-safe: a search on several threads asks
 * {@link #forAnotherThread} for one cost per thread.
 */
interface BeadCost {
    double baseCost(int i, int a, int j, int b);

    /**
     * A part of {@link #baseCost} of every two-sided bead of this shape, never above it: the search
     * skips a candidate on it before asking for the base cost. 0 is always right.
     */
    default double shapeBound(int a, int b) {
        return 0;
    }

    /** The most that {@link #lexicalCost} can lower a bead's cost; never negative. */
    double maxLexicalBonus();

    double lexicalCost(int i, int a, int j, int b);

    double mergePenalty(int i, int a, int j, int b);

    /** Extra cost of opening a run of one-sided beads after a two-sided one; extending a run costs nothing. */
    double gapOpenCost();

    /**
     * A cost with the same answers for another thread to use beside this one: its own scratch state
     * over the same read-only data. A cost without scratch state may return itself.
     */
    BeadCost forAnotherThread();

    /** The whole cost of a bead. */
    default double cost(int i, int a, int j, int b) {
        double base = baseCost(i, a, j, b);
        return a == 0 || b == 0 ? base : base + lexicalCost(i, a, j, b) + mergePenalty(i, a, j, b);
    }
}
