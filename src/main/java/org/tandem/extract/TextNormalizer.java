package org.tandem.extract;

import java.text.Normalizer;

/**
 * Cleans one line of text so that equal text compares equal downstream: NFC, no invisible
 * characters, single spaces, no leading or trailing space. Works in one pass, so it stays linear
 * on multi-megabyte inputs.
 */
final class TextNormalizer {
    private TextNormalizer() {
    }

    /** Returns the normalised line; an empty result means the line was blank. */
    static String normalizeLine(CharSequence line) {
        StringBuilder out = new StringBuilder(line.length());
        boolean pendingSpace = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isDropped(c)) {
                continue;
            }
            if (isHorizontalSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        String cleaned = out.toString();
        // Checking first avoids a copy for the common case of text that is already NFC.
        return Normalizer.isNormalized(cleaned, Normalizer.Form.NFC)
                ? cleaned
                : Normalizer.normalize(cleaned, Normalizer.Form.NFC);
    }

    /**
     * Invisible characters that only disturb matching. ZWNJ and ZWJ are kept on purpose: they change
     * spelling in Persian and Indic scripts and glue emoji together.
     */
    private static boolean isDropped(char c) {
        switch (c) {
            case '\uFEFF': // byte-order mark / zero-width no-break space
            case '\u200B': // zero-width space
            case '\u2060': // word joiner
            case '\u00AD': // soft hyphen: a hyphenation hint, not a character of the word
            case '\u200E': // left-to-right mark
            case '\u200F': // right-to-left mark
                return true;
            default:
                return Character.getType(c) == Character.CONTROL && c != '\t';
        }
    }

    private static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }
}
