package org.tandem.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.txt.Icu4jEncodingDetector;
import org.apache.tika.parser.txt.UniversalEncodingDetector;
import org.tandem.input.BadInputException;

/**
 * Turns the bytes of a plain-text file into a string. We decode ourselves rather than let Tika's text
 * parser do it, because that parser re-flows the text and blank lines are our paragraph boundaries.
 *
 * <p>Order of evidence: a byte-order mark, then a charset the user declared (checked strictly), then
 * the zero bytes of UTF-16 without a byte-order mark, then strict UTF-8 (valid UTF-8 with accents is practically never another encoding by accident), then
 * Tika's statistical detectors, and finally windows-1252 as the usual legacy encoding in Western
 * Europe.
 */
final class PlainTextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** The detectors only need a sample; statistics over the first 64 KiB are as good as over all. */
    private static final int DETECTION_SAMPLE_BYTES = 64 * 1024;

    private final List<EncodingDetector> detectors =
            List.of(new UniversalEncodingDetector(), new Icu4jEncodingDetector());

    DecodedText decode(String name, byte[] bytes, Charset declared) {
        ByteOrderMark bom = ByteOrderMark.of(bytes);
        if (declared != null) {
            int skip = bom != null && bom.charset().equals(declared) ? bom.length() : 0;
            return new DecodedText(decodeStrictly(name, bytes, skip, declared), declared);
        }
        if (bom != null) {
            return new DecodedText(decodeLeniently(bytes, bom.length(), bom.charset()), bom.charset());
        }
        Charset utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            try {
                return new DecodedText(strictDecoder(utf16).decode(ByteBuffer.wrap(bytes)).toString(), utf16);
            } catch (CharacterCodingException notUtf16) {
                // zero bytes in step by chance: fall through to statistical detection
            }
        }
        if (!containsNul(bytes)) {
            try {
                return new DecodedText(strictDecoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString(),
                        StandardCharsets.UTF_8);
            } catch (CharacterCodingException notUtf8) {
                // fall through to statistical detection
            }
        }
        Charset detected = detect(bytes);
        return new DecodedText(decodeLeniently(bytes, 0, detected), detected);
    }

    private Charset detect(byte[] bytes) {
        byte[] sample = bytes.length > DETECTION_SAMPLE_BYTES ? Arrays.copyOf(bytes, DETECTION_SAMPLE_BYTES) : bytes;
        for (EncodingDetector detector : detectors) {
            try {
                Charset charset = detector.detect(new ByteArrayInputStream(sample), new Metadata());
                if (charset != null) {
                    return widenLatin1(charset);
                }
            } catch (IOException | RuntimeException detectorFailed) {
                // a detector that cannot decide is no worse than one that says nothing
            }
        }
        return WINDOWS_1252;
    }

    /**
     * Files labelled ISO-8859-1 are in practice windows-1252 (curly quotes, euro sign in 0x80-0x9F);
     * decoding them as ISO-8859-1 would turn those into control characters.
     */
    private static Charset widenLatin1(Charset charset) {
        return charset.equals(StandardCharsets.ISO_8859_1) || charset.name().equalsIgnoreCase("US-ASCII")
                ? WINDOWS_1252
                : charset;
    }

    private static String decodeStrictly(String name, byte[] bytes, int offset, Charset charset) {
        try {
            return strictDecoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(name + ": the text is not valid " + charset.name()
                    + " (check the declared encoding, or leave it out to detect it)", e);
        }
    }

    private static String decodeLeniently(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException cannotHappenWithReplace) {
            throw new IllegalStateException(cannotHappenWithReplace);
        }
    }

    private static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * UTF-16 saved without a byte-order mark (database and spreadsheet exports do this), told by its
     * zero bytes: text in a Latin script has a zero high byte in most of its code units, so at least
     * half the bytes on one side of each pair are zero, and almost none on the other (a NUL character is
     * no text). Binary data has its zeros on both sides or on neither; the detectors that come after
     * this know UTF-16 only by its mark.
     *
     * @return UTF-16LE or UTF-16BE, or {@code null} when the zeros do not say so
     */
    private static Charset utf16WithoutMark(byte[] bytes) {
        int pairs = Math.min(bytes.length, DETECTION_SAMPLE_BYTES) / 2;
        if (pairs < 8) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs; i++) {
            evenZeros += bytes[2 * i] == 0 ? 1 : 0;
            oddZeros += bytes[2 * i + 1] == 0 ? 1 : 0;
        }
        if (oddZeros * 2 >= pairs && evenZeros * 100 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros * 2 >= pairs && oddZeros * 100 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** The byte-order marks we honour, longest first so UTF-32LE is not mistaken for UTF-16LE. */
    private enum ByteOrderMark {
        UTF_32BE(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, "UTF-32BE"),
        UTF_32LE(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, "UTF-32LE"),
        UTF_8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "UTF-8"),
        UTF_16BE(new byte[] {(byte) 0xFE, (byte) 0xFF}, "UTF-16BE"),
        UTF_16LE(new byte[] {(byte) 0xFF, (byte) 0xFE}, "UTF-16LE");

        private final byte[] signature;
        private final String charsetName;

        ByteOrderMark(byte[] signature, String charsetName) {
            this.signature = signature;
            this.charsetName = charsetName;
        }

        static ByteOrderMark of(byte[] bytes) {
            for (ByteOrderMark bom : values()) {
                if (bytes.length >= bom.signature.length
                        && Arrays.equals(bytes, 0, bom.signature.length, bom.signature, 0, bom.signature.length)) {
                    return bom;
                }
            }
            return null;
        }

        Charset charset() {
            return Charset.forName(charsetName);
        }

        int length() {
            return signature.length;
        }
    }
}
