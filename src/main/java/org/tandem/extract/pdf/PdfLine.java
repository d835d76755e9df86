package org.tandem.extract.pdf;

import java.util.List;

/**
 * One line of text, or one cell of a table row, as laid out on a page.
 *
 * @param page      0-based page number
 * @param glyphs    the characters, left to right
 * @param sameRowAsPrevious whether the previous line of the page sits on the same baseline (a table row)
 */
record PdfLine(int page, List<PdfGlyph> glyphs, boolean sameRowAsPrevious) {
    PdfLine {
        glyphs = List.copyOf(glyphs);
    }

    float left() {
        return glyphs.get(0).x();
    }

    float right() {
        return glyphs.get(glyphs.size() - 1).right();
    }

    /** The baseline of the line's main text: the lowest baseline, as superscripts sit higher. */
    float baseline() {
        float lowest = Float.NEGATIVE_INFINITY;
        for (PdfGlyph glyph : glyphs) {
            if (glyph.size() >= size() * SUPERSCRIPT_RATIO) {
                lowest = Math.max(lowest, glyph.baseline());
            }
        }
        return lowest;
    }

    /** The size most of the line's characters are set in. */
    float size() {
        float best = 0;
        int bestCount = 0;
        for (PdfGlyph candidate : glyphs) {
            int count = 0;
            for (PdfGlyph glyph : glyphs) {
                if (Math.abs(glyph.size() - candidate.size()) < 0.5f) {
                    count++;
                }
            }
            if (count > bestCount) {
                bestCount = count;
                best = candidate.size();
            }
        }
        return best;
    }

    /** The text, with a space where a new word starts. */
    String text() {
        return text(false);
    }

    /**
     * The text without superscript markers when {@code dropMarkers}: a raised, smaller digit or
     * symbol after a word is a footnote reference, not part of the sentence.
     */
    String text(boolean dropMarkers) {
        StringBuilder out = new StringBuilder();
        float size = size();
        float baseline = baseline();
        PdfGlyph previous = null;
        for (PdfGlyph glyph : glyphs) {
            if (dropMarkers && isMarker(glyph, size, baseline)) {
                continue;
            }
            if (glyph.wordStart() && out.length() > 0 && out.charAt(out.length() - 1) != ' '
                    && !isAttachedHyphen(previous, glyph)) {
                out.append(' ');
            }
            out.append(glyph.text());
            previous = glyph;
        }
        return out.toString();
    }

    /**
     * Some producers draw the hyphen of a broken word as text of its own: it still touches the
     * letter before it, closer than a space's width (a quarter of the size).
     */
    private static boolean isAttachedHyphen(PdfGlyph previous, PdfGlyph glyph) {
        return previous != null && "-‐\u00AD".contains(glyph.text())
                && glyph.x() - previous.right() < glyph.size() * 0.2f;
    }

    /** Whether the line holds a raised footnote marker. */
    boolean hasMarker() {
        float size = size();
        float baseline = baseline();
        return glyphs.stream().anyMatch(glyph -> isMarker(glyph, size, baseline));
    }

    private static boolean isMarker(PdfGlyph glyph, float size, float baseline) {
        boolean markerCharacter = glyph.isDigit() || "*†‡§¶".contains(glyph.text());
        return markerCharacter && glyph.size() < size * SUPERSCRIPT_RATIO
                && baseline - glyph.baseline() > size * 0.15f;
    }

    /** Superscripts are set at about 58 to 70 per cent of the text size in common word processors. */
    static final float SUPERSCRIPT_RATIO = 0.8f;
}
