package org.tandem.align;

import java.util.ArrayList;
import java.util.List;

import org.tandem.segment.Segment;

/**
 * Marks the segments that hold a number the other document never writes. Translations keep their
 * numbers, so such a segment is seldom part of a bead: an omitted sentence ({@code ABC was second
 * with 3.26 million viewers.}) folded into its neighbour's bead shows itself by its number. Numbers
 * are compared by their digits alone, anywhere in the other document, so that every way of writing
 * them ({@code 15.30 Uhr} and {@code 15 h 30}, {@code 12. Juni} and {@code 12 juin}) still counts as
 * written, and only a number with no trace at all is unmatched.
 */
final class UnmatchedNumbers {
    private UnmatchedNumbers() {
    }

    /**
     * The profiles of one side, marked.
     *
     * @param numberDigits for each key id, the digits of the number it stands for, or null
     * @param other        the segments of the other document
     */
    static List<SegmentProfile> mark(List<SegmentProfile> side, String[] numberDigits, List<Segment> other) {
        StringBuilder digits = new StringBuilder();
        for (Segment segment : other) {
            digits.append(segment.text().replaceAll("[^0-9]", "")).append(' ');
        }
        String written = digits.toString();
        List<SegmentProfile> marked = new ArrayList<>(side.size());
        for (SegmentProfile profile : side) {
            marked.add(profile.withUnmatchedNumber(hasUnmatched(profile, numberDigits, written)));
        }
        return marked;
    }

    private static boolean hasUnmatched(SegmentProfile profile, String[] numberDigits, String written) {
        for (int key : profile.keys()) {
            String number = numberDigits[key];
            if (number != null && !number.isEmpty() && !written.contains(number)) {
                return true;
            }
        }
        return false;
    }
}
