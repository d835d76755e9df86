package org.tandem.eval;

/**
 * How often {@link DocumentDamager} applies each damage. Pair damages are exclusive outcomes of one
 * roll per source sentence; additions are rolled once per gap between sentences. The defaults give
 * an NTREX document (16 sentences on average) roughly one of each kind in expectation, and a few of
 * each group (merges, omissions, additions, drift), while leaving about two thirds of its pairs clean so
 * that the aligner still has anchors to work from.
 *
 * @param targetMerge    two target sentences joined into one (a 2-1 bead)
 * @param sourceMerge    two source sentences joined into one (a 1-2 bead)
 * @param omission       one target sentence dropped
 * @param blockOmission  a run of 2–4 target sentences dropped (rate per starting sentence)
 * @param cutOff         a target sentence cut off halfway, at a word boundary
 * @param numberChanged  a number in the target changed (rolled only where the target has one)
 * @param foreignClause  a clause of source-language text from another document appended to the target
 * @param boilerplate    a web boilerplate line inserted in the target, per gap
 * @param foreignSentence a target sentence of another document inserted, per gap
 */
public record DamageRates(double targetMerge, double sourceMerge, double omission, double blockOmission,
                          double cutOff, double numberChanged, double foreignClause, double boilerplate,
                          double foreignSentence) {

    public static DamageRates defaults() {
        return new DamageRates(0.05, 0.05, 0.05, 0.02, 0.05, 0.15, 0.05, 0.06, 0.04);
    }

    /** No damage: every pair stays as it is, and nothing is inserted. */
    public static DamageRates none() {
        return new DamageRates(0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
