package org.tandem.extract;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.mime.MediaType;
import org.tandem.input.BadInputException;

/**
 * Reads a plain-text file that is already segmented, one segment per line (Tandem's
 * {@code --segmented} mode): every non-blank line becomes its own paragraph, normalised like
 * {@link DocumentExtractor} output. Encoding detection and input checks are the extractor's.
 */
public final class LineReader {
    private LineReader() {
    }

    /** Reads {@code file} with detected encoding and default limits. */
    public static ExtractedText readLines(Path file) {
        return readLines(file, null, ExtractionLimits.defaults());
    }

    /**
     * Reads {@code file} one segment per line.
     *
     * @param declared the file's encoding, or {@code null} to detect it
     * @throws BadInputException if the file is missing, unreadable, empty, too large, not plain text,
     *                           not valid in {@code declared}, or has no non-blank line
     */
    public static ExtractedText readLines(Path file, Charset declared, ExtractionLimits limits) {
        DecodedText decoded = decodePlainText(file, declared, limits);
        String name = InputFileGuard.displayName(file);
        List<String> segments = splitLines(decoded.text(), false);
        NoTextCheck.requireParagraphs(name, DocumentFormat.PLAIN_TEXT, segments);
        return new ExtractedText(name, "text/plain", decoded.charset().name(), segments);
    }

    /**
     * Every line of a line-aligned file, blank ones included as empty strings, so that line k of two
     * parallel files stay translations of each other. Same checks as {@link #readLines}.
     */
    public static List<String> readAllLines(Path file) {
        ExtractionLimits limits = ExtractionLimits.defaults();
        List<String> lines = splitLines(decodePlainText(file, null, limits).text(), true);
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.isEmpty()) {
            throw new BadInputException(InputFileGuard.displayName(file) + ": has no text");
        }
        return lines;
    }

    private static DecodedText decodePlainText(Path file, Charset declared, ExtractionLimits limits) {
        InputFileGuard.requireReadableFile(file, limits);
        String name = InputFileGuard.displayName(file);
        MediaType detected = SharedSniffer.INSTANCE.detect(file);
        DocumentFormat format = SharedSniffer.INSTANCE.requireSupported(name, detected);
        if (format != DocumentFormat.PLAIN_TEXT) {
            throw new BadInputException(name + ": a segmented file must be plain text with one segment"
                    + " per line, but this is " + format.label());
        }
        return new PlainTextReader(limits).read(file, declared);
    }

    private static List<String> splitLines(String text, boolean keepBlank) {
        List<String> segments = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = lineStart;
            while (lineEnd < text.length() && !ParagraphSplitter.isLineBreak(text.charAt(lineEnd))) {
                lineEnd++;
            }
            String segment = TextNormalizer.normalizeLine(text.subSequence(lineStart, lineEnd));
            boolean crLf = lineEnd < text.length() - 1 && text.charAt(lineEnd) == '\r' && text.charAt(lineEnd + 1) == '\n';
            if (!segment.isEmpty() || (keepBlank && lineEnd < text.length())) {
                segments.add(segment);
            }
            lineStart = lineEnd + (crLf ? 2 : 1);
        }
        return segments;
    }

    private static final class SharedSniffer {
        static final MediaTypeSniffer INSTANCE = new MediaTypeSniffer();
    }
}
