package org.tandem.extract.pdf;

/**
 * One character as drawn on the page, in page coordinates with y growing downwards.
 *
 * @param text     the character's text (a ligature may be several characters)
 * @param x        left edge
 * @param width    advance width
 * @param baseline y of the baseline
 * @param size     font size in points
 * @param wordStart whether the text extractor started a new word here
 */
record PdfGlyph(String text, float x, float width, float baseline, float size, boolean wordStart) {
    float right() {
        return x + width;
    }

    boolean isDigit() {
        return text.length() == 1 && Character.isDigit(text.charAt(0));
    }
}
