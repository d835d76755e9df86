package org.tandem.eval;

/**
 * How often {@link DocumentDamager} applies the drift kinds that leave no surface cue: the damaged
 * translation still ends with its full stop, stays in the target language, and reads as a sentence.
 * Each rate is per source sentence and, like {@link DamageRates}'s, an exclusive outcome of the same
 * roll; a kind is rolled only where the sentence can take it (a name both sides share, a number word,
 * a clause to drop). The defaults give each kind a few dozen instances on a corpus of a thousand
 * sentence pairs, enough to report its recall.
 *
 * @param cutOffStop        the translation cut off at a word boundary and closed with its own final punctuation
 * @param clauseInserted    a target-language clause of another document inserted inside the sentence
 * @param clauseAppended    a target-language clause of another document appended before the final punctuation
 * @param clauseDropped     a comma-delimited or parenthesised clause left out (where there is one)
 * @param nameReplaced      a name both sides share replaced by another document's name (where there is one)
 * @param numberWordChanged a number word changed to another one (where the target has one)
 */
public record DriftRates(double cutOffStop, double clauseInserted, double clauseAppended, double clauseDropped,
                         double nameReplaced, double numberWordChanged) {

    public static DriftRates none() {
        return new DriftRates(0, 0, 0, 0, 0, 0);
    }

    public static DriftRates defaults() {
        return new DriftRates(0.045, 0.035, 0.035, 0.08, 0.07, 0.35);
    }

    public boolean isNone() {
        return equals(none());
    }
}
