package org.tandem.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence (or heading, caption, list item) of a document.
 *
 * @param id        0-based position in the document's segment list
 * @param text      the segment's text, trimmed
 * @param paragraph 0-based index of the paragraph it came from
 */
public record Segment(int id, String text, int paragraph) {

    /** One segment per line, each its own paragraph: input that is segmented already. */
    public static List<Segment> ofLines(List<String> lines) {
        List<Segment> segments = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            segments.add(new Segment(i, lines.get(i).strip(), i));
        }
        return segments;
    }

    /** The texts of consecutive segments as one string, as a bead side shows them. */
    public static String join(List<Segment> segments) {
        StringBuilder out = new StringBuilder();
        for (Segment segment : segments) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(segment.text());
        }
        return out.toString();
    }
}
