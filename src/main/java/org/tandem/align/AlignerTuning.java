package org.tandem.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every tuned number of the aligner, in one place: the priors, the cost terms, the passes, the
 * anchors that centre the band, the document lexicon and when a batch runs its lexicon pass. {@code tandem params} lists them with their defaults, ranges and reasons;
 * {@code --params FILE} overrides them for experiments.
 */
public record AlignerTuning(PriorTuning priors, CostTuning cost, PassTuning passes, AnchorTuning anchors,
                            LexiconTuning lexicon, BatchTuning batch) {

    public static AlignerTuning defaults() {
        return new AlignerTuning(PriorTuning.defaults(), CostTuning.defaults(), PassTuning.defaults(),
                AnchorTuning.defaults(), LexiconTuning.defaults(), BatchTuning.defaults());
    }

    /** Every tuned number with its key, current value, default, range and reason, in a stable order. */
    public List<TunedValue> describe() {
        AlignerTuning defaults = defaults();
        List<TunedValue> all = new ArrayList<>();
        all.addAll(Tunings.describe("priors", priors, defaults.priors));
        all.addAll(Tunings.describe("cost", cost, defaults.cost));
        all.addAll(Tunings.describe("passes", passes, defaults.passes));
        all.addAll(Tunings.describe("anchors", anchors, defaults.anchors));
        all.addAll(Tunings.describe("lexicon", lexicon, defaults.lexicon));
        all.addAll(Tunings.describe("batch", batch, defaults.batch));
        return all;
    }

    /**
     * These numbers with some replaced, by key ({@code cost.disjointPenalty = 2.5}).
     *
     * @throws IllegalArgumentException naming the key, for an unknown key (see {@link Tunings#rejectUnknown}),
     *                                  a value that is not a number or one outside its range
     */
    public AlignerTuning withOverrides(Map<String, String> overrides) {
        Map<String, String> left = Tunings.copy(overrides);
        AlignerTuning tuned = overriddenBy(left);
        Tunings.rejectUnknown(left, describe());
        return tuned;
    }

    /**
     * These numbers with the aligner's keys of {@code overrides} in their place; each key used is removed
     * from {@code overrides}, so that the other stages' tunings can take theirs.
     */
    public AlignerTuning overriddenBy(Map<String, String> overrides) {
        return new AlignerTuning(Tunings.override("priors", priors, overrides),
                Tunings.override("cost", cost, overrides), Tunings.override("passes", passes, overrides),
                Tunings.override("anchors", anchors, overrides), Tunings.override("lexicon", lexicon, overrides),
                Tunings.override("batch", batch, overrides));
    }
}
