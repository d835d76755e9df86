package org.tandem.segment;

/** Whitespace clean-up of a segment's text. */
final class SegmentText {

    private SegmentText() {
    }

    /**
     * Trims, and turns each whitespace run that contains a line break into one space: a segment is one
     * line in every output format, while other spacing (tabs, non-breaking spaces) may carry meaning.
     */
    static String normalise(String raw) {
        String trimmed = raw.strip();
        StringBuilder out = null;
        int i = 0;
        while (i < trimmed.length()) {
            char c = trimmed.charAt(i);
            if (!Character.isWhitespace(c)) {
                if (out != null) {
                    out.append(c);
                }
                i++;
                continue;
            }
            int runEnd = i;
            boolean hasLineBreak = false;
            while (runEnd < trimmed.length() && Character.isWhitespace(trimmed.charAt(runEnd))) {
                hasLineBreak |= LineBreakPolicy.isLineTerminator(trimmed.charAt(runEnd));
                runEnd++;
            }
            if (hasLineBreak && out == null) {
                out = new StringBuilder(trimmed.length()).append(trimmed, 0, i);
            }
            if (out != null) {
                if (hasLineBreak) {
                    out.append(' ');
                } else {
                    out.append(trimmed, i, runEnd);
                }
            }
            i = runEnd;
        }
        return out == null ? trimmed : out.toString();
    }
}
