package org.tandem.text;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces a number as written to one canonical form, so that {@code 100,000} (English) and
 * {@code 100.000} (Dutch), {@code 3.5} and {@code 3,5}, {@code 77th} and {@code 77e} compare equal.
 *
 * <p>A separator followed by exactly three digits, repeated, is read as grouping; a single separator
 * followed by one, two or four-plus digits is read as a decimal mark. This reading is right for the
 * common cases in English, Dutch, German and French and wrong only for decimals with exactly three
 * digits ({@code 1,234} meaning 1.234 in Dutch), which are rare in running text.
 */
public final class NumberNormalizer {
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:([.,\\u00A0\\u202F' ])\\d{3})(?:\\1\\d{3})*");
    private static final Pattern DECIMAL = Pattern.compile("\\d+[.,]\\d+");
    private static final Pattern ORDINAL_OR_UNIT = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\p{L}{1,4}\\.?");
    private static final Pattern PLAIN = Pattern.compile("\\d+");

    private NumberNormalizer() {
    }

    /** The canonical form, or empty when the token does not start with a readable number. */
    public static Optional<String> normalize(String written) {
        String s = written.strip();
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        if (PLAIN.matcher(s).matches()) {
            return Optional.of(canonical(s));
        }
        if (GROUPED.matcher(s).matches()) {
            return Optional.of(canonical(s.replaceAll("[^0-9]", "")));
        }
        if (DECIMAL.matcher(s).matches()) {
            return Optional.of(canonical(s.replace(',', '.')));
        }
        Matcher m = ORDINAL_OR_UNIT.matcher(s);
        if (m.matches()) {
            return normalize(m.group(1));
        }
        return Optional.empty();
    }

    private static String canonical(String digits) {
        try {
            return new BigDecimal(digits).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return digits;
        }
    }
}
