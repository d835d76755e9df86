package org.tandem.extract;

import org.tandem.input.BadInputException;

/**
 * Catches binary data that slipped past media-type detection (Tika calls many odd files text/plain):
 * real text has almost no control characters and, once decoded, almost no replacement characters.
 */
final class BinaryContentCheck {
    /** Above this share of suspicious characters, the "text" is really binary data. */
    private static final double MAX_SUSPICIOUS_RATIO = 0.01;
    /** A few stray control characters in a short note are sloppiness, not binary data. */
    private static final int MIN_SUSPICIOUS_COUNT = 4;

    private BinaryContentCheck() {
    }

    static void requireText(String name, String text) {
        long suspicious = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isSuspicious(text.charAt(i))) {
                suspicious++;
            }
        }
        if (suspicious >= MIN_SUSPICIOUS_COUNT && suspicious > MAX_SUSPICIOUS_RATIO * text.length()) {
            throw new BadInputException(name + ": the file looks like binary data, not text");
        }
    }

    private static boolean isSuspicious(char c) {
        if (c == '\uFFFD') {
            return true;
        }
        return Character.getType(c) == Character.CONTROL && !ParagraphSplitter.isLineBreak(c) && c != '\t';
    }
}
