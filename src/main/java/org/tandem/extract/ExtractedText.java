package org.tandem.extract;

import org.tandem.text.SetAsideText;
import java.util.List;

/**
 * The text of one document as Tandem sees it: paragraphs in reading order, with no empty paragraph.
 *
 * @param name      the document's name (file name), for messages and output names
 * @param mediaType what the document was detected as, e.g. {@code text/plain} or {@code application/pdf}
 * @param encoding  the character encoding detected for plain text, or {@code null} for binary formats
 * @param paragraphs the paragraphs; a paragraph boundary is always a sentence boundary downstream
 * @param setAside  what extraction kept out of the paragraphs (page headers and footers), in document order
 */
public record ExtractedText(String name, String mediaType, String encoding, List<String> paragraphs,
                            List<SetAsideText> setAside) {
    public ExtractedText {
        paragraphs = List.copyOf(paragraphs);
        setAside = List.copyOf(setAside);
    }

    /** A document of which nothing was set aside. */
    public ExtractedText(String name, String mediaType, String encoding, List<String> paragraphs) {
        this(name, mediaType, encoding, paragraphs, List.of());
    }

    /** All paragraphs joined by blank lines: the input to language identification. */
    public String fullText() {
        return String.join("\n\n", paragraphs);
    }
}
