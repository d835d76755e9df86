package org.tandem.write;

/**
 * Repairs text that Java strings can hold but the output formats cannot: unpaired UTF-16
 * surrogates (no UTF-8 encoding exists) and, for XML, the characters XML 1.0 forbids.
 * Offending characters become U+FFFD rather than vanishing, so a reviewer can see that
 * something was there.
 */
public final class UnicodeText {
    static final char REPLACEMENT = '\uFFFD';

    private UnicodeText() {
    }

    /** The text with unpaired surrogates replaced by U+FFFD, for formats that are not XML. */
    /**
     * A UTF-16 offset into the text as a count of code points: the offsets JSON consumers in most
     * languages index strings by, which differ from Java's past any character outside the BMP.
     */
    public static int codePointOffset(String text, int utf16Offset) {
        return text.codePointCount(0, utf16Offset);
    }

    public static String withoutLoneSurrogates(String text) {
        return replaceInvalid(text, false);
    }

    /**
     * Text safe for XML 1.0 content and attribute values. Line breaks are normalised to
     * {@code \n} because an XML parser would do so anyway; doing it here keeps what we write
     * equal to what a reader gets back.
     */
    static String forXml(String text) {
        return replaceInvalid(text.replace("\r\n", "\n").replace('\r', '\n'), true);
    }

    private static String replaceInvalid(String text, boolean xml) {
        int bad = firstInvalid(text, xml);
        if (bad < 0) {
            return text; // the usual case: no copy
        }
        StringBuilder clean = new StringBuilder(text.length());
        clean.append(text, 0, bad);
        for (int i = bad; i < text.length(); ) {
            int cp = text.codePointAt(i);
            clean.appendCodePoint(isAllowed(cp, xml) ? cp : REPLACEMENT);
            i += Character.charCount(cp);
        }
        return clean.toString();
    }

    /** Plain char loop: this runs over every text written, and nearly all of it is clean. */
    private static int firstInvalid(String text, boolean xml) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++; // a proper pair: always allowed
                    continue;
                }
                return i;
            }
            if (xml && !isAllowed(c, true)) {
                return i;
            }
        }
        return -1;
    }

    /** codePointAt yields a lone surrogate as itself, so the surrogate range marks an unpaired one. */
    private static boolean isAllowed(int cp, boolean xml) {
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            return false;
        }
        if (!xml) {
            return true;
        }
        // XML 1.0 production [2] Char.
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xFFFD)
                || cp >= 0x10000;
    }
}
