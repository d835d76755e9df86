package org.tandem.flag;

/**
 * Where in a bead the text behind a flag stands: character offsets (UTF-16, as Java counts them) into
 * the bead's source or target text, its segments joined by a space. Output formats that promise other
 * offsets convert them.
 *
 * @param side  which side's text the offsets are into
 * @param start offset of the first character
 * @param end   offset just past the last character
 */
public record Span(Side side, int start, int end) {
    public enum Side {
        SOURCE, TARGET;

        public String label() {
            return this == SOURCE ? "source" : "target";
        }
    }

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
