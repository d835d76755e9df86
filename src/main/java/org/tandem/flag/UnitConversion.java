package org.tandem.flag;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises numbers that differ because the translation converted them: miles to kilometres,
 * pounds to kilograms, inches to centimetres, Fahrenheit to Celsius. Translators for a metric
 * readership do this as a rule, so such a pair is no mismatch. (A 12-hour clock time and its 24-hour
 * form are one value already: {@link NumberExtractor} reads both as a time.)
 *
 * <p>A conversion counts only where the bead names its unit next to a number, and only as a
 * complete explanation: every unmatched number on one side must pair, in order, with one on the
 * other side through that same conversion. Without the unit, 12 and 21 or 1932 and 1832 would pass
 * for conversions, and real changes would go unflagged.
 */
final class UnitConversion {
    /** A unit that translations convert, the words that name it, and the conversion to metric. */
    private record Unit(Pattern named, DoubleUnaryOperator toMetric) {
        static Unit factor(String words, double factor) {
            return new Unit(near(words), x -> x * factor);
        }
    }

    private static final List<Unit> UNITS = List.of(
            Unit.factor("miles?|mi", 1.609344),
            Unit.factor("pounds?|lbs?", 0.45359237),
            Unit.factor("inch(?:es)?|in\\.|\"|″", 2.54),
            Unit.factor("feet|foot|ft|'|′", 0.3048),
            Unit.factor("yards?|yds?", 0.9144),
            Unit.factor("ounces?|oz", 28.3495),
            Unit.factor("gallons?|gal", 3.78541),
            Unit.factor("pints?", 0.56826),
            Unit.factor("acres?", 0.404686),
            new Unit(near("°\\s*F|degrees(?:\\s+Fahrenheit)?|Fahrenheit"), f -> (f - 32) * 5 / 9));

    private UnitConversion() {
    }

    /**
     * A number that one side states twice, in two units: {@code converted} is the unmatched one,
     * {@code kept} the one the other side matches ("30 meters (100 feet)" translated "30 meter").
     */
    record Conversion(String converted, String kept) {
    }

    /** How far apart the two statements of one quantity may stand: "45 miles (72 kilometers)". */
    private static final int CONVERSION_DISTANCE = 40;

    /**
     * For each of {@code unmatched} that converts one of {@code matched} of the same text, or is
     * converted by it, through a unit named next to one of them, that pair; the others are left out.
     */
    static List<Conversion> conversionsOf(List<NumberExtractor.StatedNumber> unmatched,
                                          List<NumberExtractor.StatedNumber> matched, String text,
                                          NumberTuning tuning) {
        List<Conversion> conversions = new java.util.ArrayList<>();
        for (NumberExtractor.StatedNumber lone : unmatched) {
            for (NumberExtractor.StatedNumber kept : matched) {
                java.util.Optional<Conversion> conversion = conversion(lone, kept, text, tuning.conversionTolerance());
                if (conversion.isPresent()) {
                    conversions.add(conversion.get());
                    break;
                }
            }
        }
        return conversions;
    }

    private static java.util.Optional<Conversion> conversion(NumberExtractor.StatedNumber lone,
                                                              NumberExtractor.StatedNumber kept, String text,
                                                              double tolerance) {
        if (!lone.hasSpan() || !kept.hasSpan() || Math.abs(lone.start() - kept.start()) > CONVERSION_DISTANCE) {
            return java.util.Optional.empty();
        }
        double a;
        double b;
        try {
            a = Double.parseDouble(lone.value());
            b = Double.parseDouble(kept.value());
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
        for (Unit unit : UNITS) {
            String loneWithUnit = withUnit(unit, lone, text);
            String keptWithUnit = withUnit(unit, kept, text);
            if ((loneWithUnit != null && allMatch(new double[] {a}, new double[] {b}, unit.toMetric(), tolerance))
                    || (keptWithUnit != null && allMatch(new double[] {b}, new double[] {a}, unit.toMetric(), tolerance))) {
                return java.util.Optional.of(new Conversion(
                        loneWithUnit != null ? loneWithUnit : unitAfter(lone, text),
                        keptWithUnit != null ? keptWithUnit : unitAfter(kept, text)));
            }
        }
        return java.util.Optional.empty();
    }

    /** The number with the unit named right after it, or null when that unit does not follow it. */
    private static String withUnit(Unit unit, NumberExtractor.StatedNumber number, String text) {
        Matcher m = unit.named().matcher(text);
        if (m.find(number.start()) && m.start() == number.start()) {
            return text.substring(m.start(), m.end());
        }
        return null;
    }

    private static final Pattern UNIT_WORD = Pattern.compile("\\G[\\s-]?\\p{L}+\\.?");

    /** The number with the word after it ("72 kilometers"), as a reader would quote it. */
    private static String unitAfter(NumberExtractor.StatedNumber number, String text) {
        Matcher m = UNIT_WORD.matcher(text);
        return m.find(number.end()) && m.start() == number.end() ? text.substring(number.start(), m.end()).strip()
                : number.written();
    }

    /** The unit words, right after a number (with or without a space or hyphen). */
    private static Pattern near(String words) {
        return Pattern.compile("\\d[\\d.,]*\\s?-?(?:" + words + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    }

    static boolean explains(List<NumberExtractor.StatedNumber> source, List<NumberExtractor.StatedNumber> target,
                            String sourceText, String targetText) {
        return explains(source, target, sourceText, targetText, NumberTuning.defaults());
    }

    /**
     * Whether a conversion explains every unmatched number, within {@link NumberTuning#conversionTolerance}
     * (a translator rounds) or, for a height, {@link NumberTuning#heightTolerance}.
     */
    static boolean explains(List<NumberExtractor.StatedNumber> source, List<NumberExtractor.StatedNumber> target,
                            String sourceText, String targetText, NumberTuning tuning) {
        if (isHeight(source, target, sourceText, tuning.heightTolerance())
                || isHeight(target, source, targetText, tuning.heightTolerance())) {
            return true;
        }
        if (source.isEmpty() || source.size() != target.size()) {
            return false;
        }
        double[] from = values(source);
        double[] to = values(target);
        if (from == null || to == null) {
            return false;
        }
        for (Unit unit : UNITS) {
            if (unit.named().matcher(sourceText).find() && allMatch(from, to, unit.toMetric(), tuning.conversionTolerance())) {
                return true;
            }
            if (unit.named().matcher(targetText).find() && allMatch(to, from, unit.toMetric(), tuning.conversionTolerance())) {
                return true;
            }
        }
        return false;
    }

    private static boolean allMatch(double[] from, double[] to, DoubleUnaryOperator convert, double tolerance) {
        for (int k = 0; k < from.length; k++) {
            double expected = convert.applyAsDouble(from[k]);
            double slack = Math.max(1.0, Math.abs(expected) * tolerance);
            if (Math.abs(expected - to[k]) > slack) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern FEET_AND_INCHES =
            Pattern.compile("(\\d+)\\s?-?(?:feet|foot|ft|'|′)\\s?-?(\\d+)", Pattern.CASE_INSENSITIVE);

    /**
     * A height in feet and inches ({@code 6-foot-6}, {@code 5 ft 11}) given on the other side as one
     * number of centimetres or metres.
     */
    private static boolean isHeight(List<NumberExtractor.StatedNumber> imperial, List<NumberExtractor.StatedNumber> metric,
                                    String imperialText, double tolerance) {
        if (imperial.size() != 2 || metric.size() != 1) {
            return false;
        }
        double[] feetAndInches = values(imperial);
        double[] converted = values(metric);
        Matcher matcher = FEET_AND_INCHES.matcher(imperialText);
        if (feetAndInches == null || converted == null || !matcher.find()
                || Double.parseDouble(matcher.group(1)) != feetAndInches[0]
                || Double.parseDouble(matcher.group(2)) != feetAndInches[1]) {
            return false;
        }
        double centimetres = (feetAndInches[0] * 12 + feetAndInches[1]) * 2.54;
        double stated = converted[0] < 3 ? converted[0] * 100 : converted[0];
        return Math.abs(stated - centimetres) <= Math.max(1.0, centimetres * tolerance);
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
