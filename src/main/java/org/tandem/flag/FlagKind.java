package org.tandem.flag;

/** What a reviewer should look at in a bead. The names are the output contract. */
public enum FlagKind {
    OMISSION("omission"),
    ADDITION("addition"),
    NUMBER_MISMATCH("number-mismatch"),
    NAME_MISMATCH("name-mismatch"),
    LENGTH_RATIO("length-ratio"),
    LOW_SIMILARITY("low-similarity"),
    UNTRANSLATED("untranslated"),
    PARTIAL_OMISSION("partial-omission"),
    PARTIAL_ADDITION("partial-addition");

    private final String label;

    FlagKind(String label) {
        this.label = label;
    }

    /** The name used in every output format. */
    public String label() {
        return label;
    }

    public boolean isDrift() {
        return this != OMISSION && this != ADDITION;
    }

    public static FlagKind fromLabel(String label) {
        for (FlagKind kind : values()) {
            if (kind.label.equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown flag: " + label);
    }
}
