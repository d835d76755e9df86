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
    FOREIGN_CLAUSE("foreign-clause", FlagClass.DRIFT),
    /** Cut off at a word boundary, then closed with the original's final punctuation. */
    CUT_OFF_STOP("cut-off-stop", FlagClass.DRIFT),
    /** A target-language clause of another document inserted inside the sentence. */
    CLAUSE_INSERTED("clause-inserted", FlagClass.DRIFT),
    /** A target-language clause of another document appended before the final punctuation. */
    CLAUSE_APPENDED("clause-appended", FlagClass.DRIFT),
    /** A comma-delimited or parenthesised clause of the translation left out. */
    CLAUSE_DROPPED("clause-dropped", FlagClass.DRIFT),
    /** A name both sides share replaced in the target by a name from another document. */
    NAME_REPLACED("name-replaced", FlagClass.DRIFT),
    /** A number written in words changed to another number word ({@code drie} to {@code vier}). */
    NUMBER_WORD_CHANGED("number-word-changed", FlagClass.DRIFT);

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
