package org.tandem.eval;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which damage {@code bench make} applies. Both share the structural damage (merges, omissions,
 * boilerplate, stray sentences) and differ in their drift.
 */
public enum DamageScheme {
    /**
     * The default: drift with no surface cue (a cut-off that keeps its full stop, target-language
     * clauses inserted or appended, a clause dropped, a name replaced, a number word changed) plus
     * changed digits.
     */
    CUELESS(new DamageRates(0.05, 0.05, 0.05, 0.02, 0, 0.10, 0, 0.06, 0.04), DriftRates.defaults()),
    /**
     * Issue 3's damage, byte for byte: cut-offs without a full stop, changed digits and
     * source-language clauses appended. Kept so that earlier numbers stay reproducible.
     */
    SURFACE(DamageRates.defaults(), DriftRates.none()),
    /** No damage at all: the corpus as it is, for counting false flags on faithful pairs. */
    CLEAN(DamageRates.none(), DriftRates.none());

    private final DamageRates rates;
    private final DriftRates drift;

    DamageScheme(DamageRates rates, DriftRates drift) {
        this.rates = rates;
        this.drift = drift;
    }

    public DamageRates rates() {
        return rates;
    }

    public DriftRates drift() {
        return drift;
    }

    /** The damage kinds this scheme can apply, in {@link Damage}'s order. */
    public Set<Damage> kinds() {
        return switch (this) {
            case SURFACE -> EnumSet.range(Damage.TARGET_MERGE, Damage.FOREIGN_CLAUSE);
            case CUELESS -> {
                Set<Damage> kinds = EnumSet.range(Damage.TARGET_MERGE, Damage.NUMBER_CHANGED);
                kinds.remove(Damage.CUT_OFF);
                kinds.addAll(EnumSet.range(Damage.CUT_OFF_STOP, Damage.NUMBER_WORD_CHANGED));
                yield kinds;
            }
            case CLEAN -> EnumSet.noneOf(Damage.class);
        };
    }
}
