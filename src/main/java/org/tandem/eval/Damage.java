package org.tandem.eval;

import java.util.Optional;

/** The ways {@link DocumentDamager} damages a translation, with the flag a perfect flagger would raise. */
public enum Damage {
    TARGET_MERGE("target-merge", null),
    SOURCE_MERGE("source-merge", null),
    OMISSION("omission", FlagClass.OMISSION),
    BLOCK_OMISSION("block-omission", FlagClass.OMISSION),
    BOILERPLATE("boilerplate", FlagClass.ADDITION),
    FOREIGN_SENTENCE("foreign-sentence", FlagClass.ADDITION),
    CUT_OFF("cut-off", FlagClass.DRIFT),
    NUMBER_CHANGED("number-changed", FlagClass.DRIFT),
    FOREIGN_CLAUSE("foreign-clause", FlagClass.DRIFT);

    private final String label;
    private final FlagClass flag;

    Damage(String label, FlagClass flag) {
        this.label = label;
        this.flag = flag;
    }

    public String label() {
        return label;
    }

    /** The gold flag this damage leaves; merges are legitimate beads and leave none. */
    public Optional<FlagClass> flag() {
        return Optional.ofNullable(flag);
    }
}
