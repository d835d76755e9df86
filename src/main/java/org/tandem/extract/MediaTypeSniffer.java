package org.tandem.extract;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.tandem.input.BadInputException;

/**
 * Decides what a file is from its content (magic bytes, zip container entries) with its name only as a
 * hint, and maps that to a {@link DocumentFormat} or a clear refusal.
 *
 * <p>The media-type table alone is asked first. When it finds plain text, subtitles or a PDF, that is the answer
 * Tika's full detector gives too: the detectors the full configuration adds look inside containers
 * (zip, OLE2, gzip, Ogg, Matroska, binary property lists), whose magic bytes the table already tells
 * from text and from PDF. Anything else is asked again of the full detector, whose answer stands.
 */
final class MediaTypeSniffer {
    /** What Tika reports for Office documents and ODF files protected by a password. */
    private static final MediaType OOXML_PROTECTED = MediaType.application("x-tika-ooxml-protected");

    private final MediaTypeRegistry registry = TikaComponents.mimeTypes().getMediaTypeRegistry();

    MediaType detect(Path file) {
        MediaType byTable = detect(TikaComponents.mimeTypes(), file);
        DocumentFormat format = DocumentFormat.of(byTable, registry).orElse(null);
        if (format == DocumentFormat.PLAIN_TEXT || format == DocumentFormat.SUBTITLES || format == DocumentFormat.PDF) {
            return byTable;
        }
        return detectFully(file);
    }

    /** Tika's full detector alone, as {@link #detect} was before it asked the table first. */
    MediaType detectFully(Path file) {
        return detect(TikaComponents.config().getDetector(), file);
    }

    private static MediaType detect(Detector detector, Path file) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, InputFileGuard.displayName(file));
        try (TikaInputStream stream = TikaInputStream.get(file, metadata)) {
            return detector.detect(stream, metadata);
        } catch (IOException e) {
            throw new BadInputException(InputFileGuard.displayName(file) + ": the file cannot be read ("
                    + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            // A container detector that trips over bytes that only look like its container's (a text
            // starting with "OggS") throws instead of answering.
            throw new BadInputException(InputFileGuard.displayName(file) + ": cannot tell what kind of file this is ("
                    + e.getMessage() + ")", e);
        }
    }

    /** The format to read {@code file} as, or a {@link BadInputException} saying why it cannot be read. */
    DocumentFormat requireSupported(String name, MediaType detected) {
        return DocumentFormat.of(detected, registry).orElseThrow(() -> refusal(name, detected));
    }

    private static BadInputException refusal(String name, MediaType detected) {
        MediaType base = detected.getBaseType();
        if (base.equals(OOXML_PROTECTED)) {
            return new BadInputException(name + ": the document is password-protected; remove the password first");
        }
        if (base.equals(MediaType.OCTET_STREAM)) {
            return new BadInputException(name + ": the file looks like binary data, not a text document");
        }
        return new BadInputException(name + ": unsupported format (" + base + "); give "
                + DocumentFormat.SUPPORTED_LIST);
    }
}
