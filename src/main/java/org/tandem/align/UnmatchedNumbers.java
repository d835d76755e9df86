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
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private UnmatchedNumbers() {
    }

    /**
     * The profiles of one side, marked.
     *
     * @param numberDigits for each key id, the digits of the number it stands for, or null
     * @param other        the segments of the other document
     */
    static List<SegmentProfile> mark(List<SegmentProfile> side, String[] numberDigits, List<Segment> other) {
        Set<String> written = writtenNumbers(other);
        List<SegmentProfile> marked = new ArrayList<>(side.size());
        for (SegmentProfile profile : side) {
            marked.add(profile.withUnmatchedNumber(hasUnmatched(profile, numberDigits, written)));
        }
        return marked;
    }

    /**
     * Every run of digits in the other document, and every two and three consecutive runs of one
     * segment joined: {@code 15 h 30} gives {@code 15}, {@code 30} and {@code 1530}, {@code 4 500}
     * gives {@code 4500}, {@code 3,26} gives {@code 326}.
     */
    private static Set<String> writtenNumbers(List<Segment> other) {
        Set<String> written = new HashSet<>();
        for (Segment segment : other) {
            List<String> runs = new ArrayList<>();
            Matcher matcher = DIGITS.matcher(segment.text());
            while (matcher.find()) {
                runs.add(matcher.group());
            }
            for (int k = 0; k < runs.size(); k++) {
                String joined = runs.get(k);
                written.add(significant(joined));
                for (int next = k + 1; next < Math.min(runs.size(), k + 3); next++) {
                    joined += runs.get(next);
                    written.add(significant(joined));
                }
            }
        }
        return written;
    }

    /** Without trailing zeros: a decimal's canonical form drops them ({@code 15.30} is {@code 15.3}). */
    private static String significant(String digits) {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }

    private static boolean hasUnmatched(SegmentProfile profile, String[] numberDigits, Set<String> written) {
        for (int key : profile.keys()) {
            String number = numberDigits[key];
            if (number != null && !number.isEmpty() && !written.contains(significant(number))) {
                return true;
            }
        }
        return false;
    }
}
