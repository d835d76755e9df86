package org.tandem.extract;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.mime.MediaType;
import org.tandem.BadInputException;

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
        InputFileGuard.requireReadableFile(file, limits);
        String name = InputFileGuard.displayName(file);
        MediaTypeSniffer sniffer = SharedSniffer.INSTANCE;
        MediaType detected = sniffer.detect(file);
        DocumentFormat format = sniffer.requireSupported(name, detected);
        if (format != DocumentFormat.PLAIN_TEXT) {
            throw new BadInputException(name + ": a segmented file must be plain text with one segment"
                    + " per line, but this is " + format.label());
        }
        DecodedText decoded = new PlainTextReader(limits).read(file, declared);
        List<String> segments = splitLines(decoded.text());
        NoTextCheck.requireParagraphs(name, format, segments);
        return new ExtractedText(name, detected.getBaseType().toString(), decoded.charset().name(), segments);
    }

    private static List<String> splitLines(String text) {
        List<String> segments = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = lineStart;
            while (lineEnd < text.length() && !ParagraphSplitter.isLineBreak(text.charAt(lineEnd))) {
                lineEnd++;
            }
            String segment = TextNormalizer.normalizeLine(text.subSequence(lineStart, lineEnd));
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
            // A CR LF pair leaves an empty "line" between them, which the emptiness check drops.
            lineStart = lineEnd + 1;
        }
        return segments;
    }

    /** Tika's configuration takes a while to build; build it once, on first use. */
    private static final class SharedSniffer {
        static final MediaTypeSniffer INSTANCE = new MediaTypeSniffer(TikaConfig.getDefaultConfig());
    }
}
