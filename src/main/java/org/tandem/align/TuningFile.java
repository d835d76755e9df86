package org.tandem.align;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.tandem.input.BadInputException;
import org.tandem.input.PlainMessage;

/** A properties file of tuned numbers ({@code cost.disjointPenalty = 2.5}) for experiments. */
public final class TuningFile {
    private TuningFile() {
    }

    /**
     * The defaults with the file's values in their place.
     *
     * @throws BadInputException naming the file, when it cannot be read or holds an unknown key, a value
     *                           that is not a number, or one outside its range
     */
    public static AlignerTuning read(Path file) {
        Map<String, String> values = properties(file);
        try {
            return AlignerTuning.defaults().withOverrides(values);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The file's keys and values, for a tuning made of several stages' records.
     *
     * @throws BadInputException naming the file, when it cannot be read
     */
    public static Map<String, String> properties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new BadInputException(file + ": cannot read the parameters (" + PlainMessage.reason(e) + ")", e);
        }
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        return values;
    }

    /** The tuned numbers as a properties file that {@link #read} reads back: every key, with its reason. */
    public static String render(AlignerTuning tuning) {
        return render(tuning.describe());
    }

    /** Tuned numbers as a properties file: every key, with its reason, range and default. */
    public static String render(java.util.List<TunedValue> values) {
        StringBuilder out = new StringBuilder();
        for (TunedValue value : values) {
            out.append("# ").append(value.reason()).append(" (").append(Tunings.format(value.min())).append(" to ")
                    .append(Tunings.format(value.max())).append(", default ")
                    .append(Tunings.format(value.defaultValue())).append(")\n");
            out.append(value.key()).append(" = ").append(Tunings.format(value.value())).append('\n');
        }
        return out.toString();
    }
}
