package org.tandem.align;

/**
 * The number encoding of dictd {@code .index} files: base 64 over {@code A-Za-z0-9+/}, most
 * significant digit first, no padding. It is not RFC 4648 Base64 (which encodes bytes, not numbers),
 * so {@link java.util.Base64} does not apply.
 */
final class DictdBase64 {
    private static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private DictdBase64() {
    }

    /** The number, or -1 when {@code digits} is empty, too long for a long, or has a foreign character. */
    static long decode(String digits) {
        if (digits.isEmpty() || digits.length() > 10) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = DIGITS.indexOf(digits.charAt(i));
            if (digit < 0) {
                return -1;
            }
            value = value * 64 + digit;
        }
        return value;
    }

    static String encode(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
        StringBuilder out = new StringBuilder();
        do {
            out.append(DIGITS.charAt((int) (value % 64)));
            value /= 64;
        } while (value > 0);
        return out.reverse().toString();
    }
}
