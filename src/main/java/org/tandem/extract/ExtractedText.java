package org.tandem.extract;

import java.util.List;

/**
 * The text of one document as Tandem sees it: paragraphs in reading order, with no empty paragraph.
 *
 * @param name      the document's name (file name), for messages and output names
 * @param mediaType what the document was detected as, e.g. {@code text/plain} or {@code application/pdf}
 * @param encoding  the character encoding detected for plain text, or {@code null} for binary formats
 * @param paragraphs the paragraphs; a paragraph boundary is always a sentence boundary downstream
 */
public record ExtractedText(String name, String mediaType, String encoding, List<String> paragraphs) {
    public ExtractedText {
        paragraphs = List.copyOf(paragraphs);
    }

    /** All paragraphs joined by blank lines: the input to language identification. */
    public String fullText() {
        return String.join("\n\n", paragraphs);
    }
}
