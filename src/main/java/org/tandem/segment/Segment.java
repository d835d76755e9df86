package org.tandem.segment;

/**
 * One sentence (or heading, caption, list item) of a document.
 *
 * @param id        0-based position in the document's segment list
 * @param text      the segment's text, trimmed
 * @param paragraph 0-based index of the paragraph it came from
 */
public record Segment(int id, String text, int paragraph) {
}
