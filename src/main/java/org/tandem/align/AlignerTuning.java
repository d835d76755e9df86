package org.tandem.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Every tuned number of the aligner, in one place: the priors, the cost terms, the passes and the
 * document lexicon. {@code tandem params} lists them with their defaults, ranges and reasons;
 * {@code --params FILE} overrides them for experiments.
 */
public record AlignerTuning(PriorTuning priors, CostTuning cost, PassTuning passes, LexiconTuning lexicon) {

    public static AlignerTuning defaults() {
        return new AlignerTuning(PriorTuning.defaults(), CostTuning.defaults(), PassTuning.defaults(),
                LexiconTuning.defaults());
    }

    /** Every tuned number with its key, current value, default, range and reason, in a stable order. */
    public List<TunedValue> describe() {
        AlignerTuning defaults = defaults();
        List<TunedValue> all = new ArrayList<>();
        all.addAll(Tunings.describe("priors", priors, defaults.priors));
        all.addAll(Tunings.describe("cost", cost, defaults.cost));
        all.addAll(Tunings.describe("passes", passes, defaults.passes));
        all.addAll(Tunings.describe("lexicon", lexicon, defaults.lexicon));
        return all;
    }

    /**
     * These numbers with some replaced, by key ({@code cost.disjointPenalty = 2.5}).
     *
     * @throws IllegalArgumentException naming the key, for an unknown key (as Lucene's analysis factories
     *                                  reject unknown parameters: a typo must not pass for an experiment),
     *                                  a value that is not a number or one outside its range
     */
    public AlignerTuning withOverrides(Map<String, String> overrides) {
        Map<String, String> left = Tunings.copy(overrides);
        AlignerTuning tuned = new AlignerTuning(Tunings.override("priors", priors, left),
                Tunings.override("cost", cost, left), Tunings.override("passes", passes, left),
                Tunings.override("lexicon", lexicon, left));
        if (!left.isEmpty()) {
            String unknown = new TreeSet<>(left.keySet()).first();
            throw new IllegalArgumentException("unknown parameter '" + unknown + "'" + suggestion(unknown)
                    + "; `tandem params` lists them all");
        }
        return tuned;
    }

    private String suggestion(String unknown) {
        String name = unknown.substring(unknown.indexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        for (TunedValue value : describe()) {
            String known = value.key().substring(value.key().indexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
            if (known.equals(name) || (known.contains(name) || name.contains(known)) && Math.min(name.length(), known.length()) >= 4) {
                return " (did you mean " + value.key() + "?)";
            }
        }
        return "";
    }
}
