package org.tandem.flag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tandem.align.TunedValue;
import org.tandem.align.Tunings;
import org.tandem.wordalign.WordAlignTuning;

/**
 * Every tuned number of word alignment and flagging, one record per check, as {@link
 * org.tandem.align.AlignerTuning} holds the aligner's. {@code tandem params} lists them under
 * {@code wordalign.*} and {@code flag.*}; {@code --params FILE} overrides them for experiments.
 */
public record FlagTuning(WordAlignTuning words, CoverageTuning coverage, LengthTuning length, NameTuning names,
                         NumberTuning numbers, SimilarityTuning similarity, UntranslatedTuning untranslated,
                         ScoreTuning score) {

    public static FlagTuning defaults() {
        return new FlagTuning(WordAlignTuning.defaults(), CoverageTuning.defaults(), LengthTuning.defaults(),
                NameTuning.defaults(), NumberTuning.defaults(), SimilarityTuning.defaults(),
                UntranslatedTuning.defaults(), ScoreTuning.defaults());
    }

    /** Every tuned number with its key, current value, default, range and reason, in a stable order. */
    public List<TunedValue> describe() {
        FlagTuning defaults = defaults();
        List<TunedValue> all = new ArrayList<>();
        all.addAll(Tunings.describe("wordalign", words, defaults.words));
        all.addAll(Tunings.describe("flag.coverage", coverage, defaults.coverage));
        all.addAll(Tunings.describe("flag.length", length, defaults.length));
        all.addAll(Tunings.describe("flag.names", names, defaults.names));
        all.addAll(Tunings.describe("flag.numbers", numbers, defaults.numbers));
        all.addAll(Tunings.describe("flag.similarity", similarity, defaults.similarity));
        all.addAll(Tunings.describe("flag.untranslated", untranslated, defaults.untranslated));
        all.addAll(Tunings.describe("flag.score", score, defaults.score));
        return all;
    }

    /**
     * These numbers with the keys of {@code overrides} that are theirs in place; each key used is removed
     * from {@code overrides}, so that what remains is unknown or another stage's.
     *
     * @throws IllegalArgumentException naming the key, for a value that is not a number or is out of range
     */
    public FlagTuning overriddenBy(Map<String, String> overrides) {
        return new FlagTuning(Tunings.override("wordalign", words, overrides),
                Tunings.override("flag.coverage", coverage, overrides),
                Tunings.override("flag.length", length, overrides),
                Tunings.override("flag.names", names, overrides),
                Tunings.override("flag.numbers", numbers, overrides),
                Tunings.override("flag.similarity", similarity, overrides),
                Tunings.override("flag.untranslated", untranslated, overrides),
                Tunings.override("flag.score", score, overrides));
    }
}
