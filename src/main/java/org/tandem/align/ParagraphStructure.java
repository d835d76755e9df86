package org.tandem.align;

/**
 * Paragraphs as soft evidence: translators keep paragraphs, so a bead that merges segments across a
 * paragraph boundary is unlikely, and a bead that starts a paragraph on one side only slightly so.
 * Silent on a side without paragraph structure (one segment per line).
 */
final class ParagraphStructure implements CostTerm {
    private final SideSums source;
    private final SideSums target;
    private final CostTuning tuning;

    ParagraphStructure(SideSums source, SideSums target, CostTuning tuning) {
        this.source = source;
        this.target = target;
        this.tuning = tuning;
    }

    @Override
    public boolean alwaysZero() {
        return !source.hasParagraphs() && !target.hasParagraphs();
    }

    @Override
    public double cost(int i, int a, int j, int b) {
        double cost = 0;
        if (source.hasParagraphs() && a > 1 && source.crossesParagraph(i, a)) {
            cost += tuning.paragraphCrossing();
        }
        if (target.hasParagraphs() && b > 1 && target.crossesParagraph(j, b)) {
            cost += tuning.paragraphCrossing();
        }
        if (source.hasParagraphs() && target.hasParagraphs() && source.startsParagraph(i) != target.startsParagraph(j)) {
            cost += tuning.paragraphMismatch();
        }
        return cost;
    }
}
