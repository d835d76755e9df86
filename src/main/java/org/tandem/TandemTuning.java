package org.tandem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tandem.align.AlignerTuning;
import org.tandem.align.TunedValue;
import org.tandem.align.TuningFile;
import org.tandem.align.Tunings;
import org.tandem.flag.FlagTuning;
import org.tandem.input.BadInputException;

/**
 * Every tuned number of every stage: the aligner's ({@code priors.*}, {@code cost.*}, {@code passes.*},
 * {@code lexicon.*}) and those of word alignment and flagging ({@code wordalign.*}, {@code flag.*}).
 * {@code tandem params} lists them; {@code --params FILE} overrides them for experiments.
 */
public record TandemTuning(AlignerTuning aligner, FlagTuning flagging) {

    public static TandemTuning defaults() {
        return new TandemTuning(AlignerTuning.defaults(), FlagTuning.defaults());
    }

    /** Every tuned number with its key, current value, default, range and reason, in a stable order. */
    public List<TunedValue> describe() {
        List<TunedValue> all = new ArrayList<>(aligner.describe());
        all.addAll(flagging.describe());
        return all;
    }

    /**
     * These numbers with some replaced, by key ({@code flag.coverage.minRun = 6}).
     *
     * @throws IllegalArgumentException naming the key, for an unknown key, a value that is not a number
     *                                  or one outside its range
     */
    public TandemTuning withOverrides(Map<String, String> overrides) {
        Map<String, String> left = Tunings.copy(overrides);
        TandemTuning tuned = new TandemTuning(aligner.overriddenBy(left), flagging.overriddenBy(left));
        Tunings.rejectUnknown(left, describe());
        return tuned;
    }

    /**
     * The defaults with a properties file's values in their place.
     *
     * @throws BadInputException naming the file, when it cannot be read or holds an unknown key, a value
     *                           that is not a number, or one outside its range
     */
    public static TandemTuning read(Path file) {
        Map<String, String> values = TuningFile.properties(file);
        try {
            return defaults().withOverrides(values);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file + ": " + e.getMessage(), e);
        }
    }

    /** The tuned numbers as a properties file that {@link #read} reads back: every key, with its reason. */
    public String render() {
        return TuningFile.render(describe());
    }
}
