package org.tandem.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tandem.segment.Segment;

/**
 * Marks the segments that hold a number the other document never writes. Translations keep their
 * numbers, so such a segment is seldom part of a bead: an omitted sentence ({@code ABC was second
 * with 3.26 million viewers.}) folded into its neighbour's bead shows itself by its number. Numbers
 * are compared by their digits alone, so that every way of writing them ({@code 15.30 Uhr} and
 * {@code 15 h 30}, {@code 12. Juni} and {@code 12 juin}, {@code 4500} and {@code 4 500}) still counts
 * as written, and only a number with no trace in the other document is unmatched.
 */
final class UnmatchedNumbers {
    /**
     * A number as written: runs of digits with at most a short gap of separators between them, or an
     * hour mark ({@code 15 h 30}); farther apart they are separate numbers ({@code 12 juin, 4 500}).
     * At most four groups ({@code 1 234 567 890}, {@code +44 20 7946 0958}): a list of numbers
     * separated by commas would otherwise match as one endless run, which overflows the regex
     * engine's stack and costs time and memory quadratic in the list's length to join.
     */
    private static final Pattern WRITTEN_NUMBER =
            Pattern.compile("\\d+(?:(?:[\\s.,:'’\\u00A0\\u202F]{1,2}|\\s?h\\.?\\s?)\\d+){0,3}");
    private static final Pattern NON_DIGITS = Pattern.compile("\\D+");

    private UnmatchedNumbers() {
    }

    /**
     * The profiles of one side, marked.
     *
     * @param numbers for each key id, the canonical number it stands for ({@code 15.3}, {@code 4500}), or null
     * @param other   the segments of the other document
     */
    static List<SegmentProfile> mark(List<SegmentProfile> side, String[] numbers, List<Segment> other) {
        Set<String> written = writtenNumbers(other);
        String[] lookedUp = lookupForms(numbers);
        List<SegmentProfile> marked = new ArrayList<>(side.size());
        for (SegmentProfile profile : side) {
            marked.add(profile.withUnmatchedNumber(hasUnmatched(profile, lookedUp, written)));
        }
        return marked;
    }

    /**
     * For each number key, the digits to look up, computed once per key rather than once per
     * occurrence: a decimal without trailing zeros, a whole number ({@code 2000}) as it is.
     */
    private static String[] lookupForms(String[] numbers) {
        String[] forms = new String[numbers.length];
        for (int key = 0; key < numbers.length; key++) {
            String number = numbers[key];
            if (number == null) {
                continue;
            }
            String digits = NON_DIGITS.matcher(number).replaceAll("");
            if (!digits.isEmpty()) {
                forms[key] = number.contains(".") ? withoutTrailingZeros(digits) : digits;
            }
        }
        return forms;
    }

    /**
     * Every run of digits in the other document, and runs joined across the small gaps inside one
     * written number: {@code 15 h 30} gives {@code 15}, {@code 30} and {@code 1530}, {@code 4 500}
     * gives {@code 4500}, {@code 3,26} gives {@code 326}. Each without leading zeros and also without
     * trailing ones, as the canonical form drops them ({@code 0800} is {@code 800}, {@code 15.30} is
     * {@code 15.3}).
     */
    private static Set<String> writtenNumbers(List<Segment> other) {
        Set<String> written = new HashSet<>();
        for (Segment segment : other) {
            Matcher matcher = WRITTEN_NUMBER.matcher(segment.text());
            while (matcher.find()) {
                String[] runs = NON_DIGITS.split(matcher.group());
                for (int k = 0; k < runs.length; k++) {
                    String joined = "";
                    for (int next = k; next < runs.length; next++) {
                        joined += runs[next];
                        String digits = withoutLeadingZeros(joined);
                        written.add(digits);
                        written.add(withoutTrailingZeros(digits));
                    }
                }
            }
        }
        return written;
    }

    private static String withoutLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }

    private static String withoutTrailingZeros(String digits) {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }

    private static boolean hasUnmatched(SegmentProfile profile, String[] lookedUp, Set<String> written) {
        for (int key : profile.keys()) {
            if (lookedUp[key] != null && !written.contains(lookedUp[key])) {
                return true;
            }
        }
        return false;
    }
}
