package org.tandem.flag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Where the numbers or names a reason names stand in a bead's text, for the flag's spans. */
final class SpanFinder {
    private SpanFinder() {
    }

    /**
     * One span per written form, at its first occurrence not already taken that is not inside a longer
     * word; forms not found are left out.
     */
    static List<Span> find(Span.Side side, String text, Collection<String> written) {
        List<Span> spans = new ArrayList<>();
        for (String form : written) {
            int from = 0;
            while (from <= text.length()) {
                int at = text.indexOf(form, from);
                if (at < 0) {
                    break;
                }
                int end = at + form.length();
                if (!wordCharacter(text, at - 1) && !wordCharacter(text, end) && !taken(spans, side, at, end)) {
                    spans.add(new Span(side, at, end));
                    break;
                }
                from = at + 1;
            }
        }
        spans.sort(java.util.Comparator.comparingInt(Span::start));
        return spans;
    }

    private static boolean wordCharacter(String text, int index) {
        return index >= 0 && index < text.length() && Character.isLetterOrDigit(text.charAt(index));
    }

    private static boolean taken(List<Span> spans, Span.Side side, int start, int end) {
        return spans.stream().anyMatch(s -> s.side() == side && s.start() < end && start < s.end());
    }
}
