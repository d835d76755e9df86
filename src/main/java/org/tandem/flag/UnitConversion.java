package org.tandem.flag;

import java.util.List;

/**
 * Recognises numbers that differ because the translation converted them: miles to kilometres,
 * pounds to kilograms, inches to centimetres, feet to metres, Fahrenheit to Celsius, a 12-hour clock
 * to a 24-hour one. Translators for a metric readership do this as a rule, so such a pair is no
 * mismatch. Only a complete explanation counts: every unmatched number on one side must pair, in
 * order, with one on the other side through the same conversion.
 */
final class UnitConversion {
    /** Factors from the source unit to the target unit, and their inverses for the other direction. */
    private static final double[] FACTORS = {1.609344, 0.45359237, 2.54, 0.3048, 0.9144, 0.0283495, 3.78541, 0.56826};
    private static final double TOLERANCE = 0.12;

    private UnitConversion() {
    }

    static boolean explains(List<NumberExtractor.StatedNumber> source, List<NumberExtractor.StatedNumber> target) {
        if (source.isEmpty() || source.size() != target.size()) {
            return false;
        }
        double[] from = values(source);
        double[] to = values(target);
        if (from == null || to == null) {
            return false;
        }
        for (double factor : FACTORS) {
            if (allMatch(from, to, x -> x * factor) || allMatch(from, to, x -> x / factor)) {
                return true;
            }
        }
        return allMatch(from, to, f -> (f - 32) * 5 / 9) || allMatch(from, to, c -> c * 9 / 5 + 32)
                || allMatch(from, to, h -> h < 12 ? h + 12 : h) || allMatch(from, to, h -> h > 12 ? h - 12 : h);
    }

    private static boolean allMatch(double[] from, double[] to, java.util.function.DoubleUnaryOperator convert) {
        for (int k = 0; k < from.length; k++) {
            double expected = convert.applyAsDouble(from[k]);
            double slack = Math.max(1.0, Math.abs(expected) * TOLERANCE);
            if (Math.abs(expected - to[k]) > slack) {
                return false;
            }
        }
        return true;
    }

    private static double[] values(List<NumberExtractor.StatedNumber> numbers) {
        double[] values = new double[numbers.size()];
        for (int k = 0; k < values.length; k++) {
            try {
                values[k] = Double.parseDouble(numbers.get(k).value());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return values;
    }
}
