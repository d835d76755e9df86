package org.tandem.flag;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.tandem.flag.NumberExtractor.StatedNumber;

/**
 * Pairs the numbers of a bead's two sides, each with at most one of the other side: first those of
 * equal value, then those one of whose readings the other means ({@code 6 uur} and {@code 6pm}), then
 * a section number written with points against its parts ("9.1" / "9, eerste lid").
 */
final class NumberMatching {
    private static final Pattern DOTTED = Pattern.compile("\\d+(?:\\.\\d+)+");

    private final List<StatedNumber> source;
    private final List<StatedNumber> target;
    private final boolean[] sourceMatched;
    private final boolean[] targetMatched;

    private NumberMatching(List<StatedNumber> source, List<StatedNumber> target) {
        this.source = source;
        this.target = target;
        this.sourceMatched = new boolean[source.size()];
        this.targetMatched = new boolean[target.size()];
    }

    static NumberMatching of(List<StatedNumber> source, List<StatedNumber> target) {
        NumberMatching m = new NumberMatching(source, target);
        m.pair(Pass.EQUAL_STRONG);
        m.pair(Pass.EQUAL);
        m.pair(Pass.READING);
        m.dottedAgainstParts(m.source, m.sourceMatched, m.target, m.targetMatched);
        m.dottedAgainstParts(m.target, m.targetMatched, m.source, m.sourceMatched);
        return m;
    }

    /**
     * Equal values of numbers that are surely numbers go first, so that the "een" of "een van de twee"
     * does not take the 1 of a "1-0" the other side also writes.
     */
    private enum Pass { EQUAL_STRONG, EQUAL, READING }

    private void pair(Pass pass) {
        for (int i = 0; i < source.size(); i++) {
            if (sourceMatched[i]) {
                continue;
            }
            for (int j = 0; j < target.size(); j++) {
                if (!targetMatched[j] && pairs(pass, source.get(i), target.get(j))) {
                    sourceMatched[i] = true;
                    targetMatched[j] = true;
                    break;
                }
            }
        }
    }

    private static boolean pairs(Pass pass, StatedNumber a, StatedNumber b) {
        return switch (pass) {
            case EQUAL_STRONG -> a.form() != NumberExtractor.Form.WEAK && b.form() != NumberExtractor.Form.WEAK
                    && a.value().equals(b.value());
            case EQUAL -> a.value().equals(b.value());
            case READING -> a.means(b);
        };
    }

    /** "Article 9.1" on one side, "artikel 9, eerste lid" on the other: every part must be there. */
    private static void dottedAgainstParts(List<StatedNumber> side, boolean[] sideMatched,
                                           List<StatedNumber> other, boolean[] otherMatched) {
        for (int i = 0; i < side.size(); i++) {
            if (sideMatched[i] || !DOTTED.matcher(side.get(i).written()).matches()) {
                continue;
            }
            boolean[] taken = otherMatched.clone();
            boolean all = true;
            for (String part : side.get(i).written().split("\\.")) {
                String value = part.replaceFirst("^0+(?=.)", "");
                int found = -1;
                for (int j = 0; j < other.size() && found < 0; j++) {
                    if (!taken[j] && other.get(j).value().equals(value)) {
                        found = j;
                    }
                }
                if (found < 0) {
                    all = false;
                    break;
                }
                taken[found] = true;
            }
            if (all) {
                sideMatched[i] = true;
                System.arraycopy(taken, 0, otherMatched, 0, taken.length);
            }
        }
    }

    List<StatedNumber> unmatchedSource() {
        return select(source, sourceMatched, false);
    }

    List<StatedNumber> unmatchedTarget() {
        return select(target, targetMatched, false);
    }

    List<StatedNumber> matchedSource() {
        return select(source, sourceMatched, true);
    }

    List<StatedNumber> matchedTarget() {
        return select(target, targetMatched, true);
    }

    private static List<StatedNumber> select(List<StatedNumber> numbers, boolean[] matched, boolean wanted) {
        List<StatedNumber> selected = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            if (matched[i] == wanted) {
                selected.add(numbers.get(i));
            }
        }
        return selected;
    }
}
