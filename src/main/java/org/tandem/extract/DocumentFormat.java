package org.tandem.extract;

import java.util.List;
import java.util.Optional;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/** The document formats Tandem reads, and how each is read. */
enum DocumentFormat {
    HTML("HTML", true, MediaType.text("html"), MediaType.application("xhtml+xml")),
    DOCX("DOCX", false,
            MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
            MediaType.application("vnd.ms-word.document.macroenabled.12")),
    ODT("ODT", false, MediaType.application("vnd.oasis.opendocument.text")),
    RTF("RTF", false, MediaType.application("rtf")),
    PDF("PDF", false, MediaType.application("pdf")),
    EPUB("EPUB", false, MediaType.application("epub+zip")),
    SUBTITLES("subtitles", true, MediaType.application("x-subrip"), MediaType.text("vtt")),
    // Last, because Tika registers several of the formats above as specialisations of text/plain.
    PLAIN_TEXT("plain text", true, MediaType.TEXT_PLAIN);

    /** For messages: what the user may give us instead. */
    static final String SUPPORTED_LIST = "plain text, HTML, DOCX, ODT, RTF, PDF, EPUB or SubRip/WebVTT subtitles";

    private final String label;
    private final boolean textual;
    private final List<MediaType> mediaTypes;

    DocumentFormat(String label, boolean textual, MediaType... mediaTypes) {
        this.label = label;
        this.textual = textual;
        this.mediaTypes = List.of(mediaTypes);
    }

    /** A human name such as "PDF", for messages. */
    String label() {
        return label;
    }

    /** Whether the format is characters on disk, so a declared charset applies to it. */
    boolean isTextual() {
        return textual;
    }

    /**
     * The format for a detected media type. Specialisations count (text/csv and Markdown are
     * text/plain to us), which is why the registry is consulted.
     */
    static Optional<DocumentFormat> of(MediaType detected, MediaTypeRegistry registry) {
        MediaType base = detected.getBaseType();
        for (DocumentFormat format : values()) {
            if (format.mediaTypes.contains(base)) {
                return Optional.of(format);
            }
        }
        // Tika files XML under text/plain, but tags read as text would pollute the alignment.
        if (base.equals(MediaType.APPLICATION_XML) || registry.isSpecializationOf(base, MediaType.APPLICATION_XML)) {
            return Optional.empty();
        }
        for (DocumentFormat format : values()) {
            for (MediaType type : format.mediaTypes) {
                if (registry.isSpecializationOf(base, type)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }
}
