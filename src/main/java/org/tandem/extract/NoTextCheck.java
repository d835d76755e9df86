package org.tandem.extract;

import java.util.List;
import org.tandem.input.BadInputException;

/** Refuses a document that yielded no paragraphs, with a hint fitted to its format. */
final class NoTextCheck {
    private NoTextCheck() {
    }

    static void requireParagraphs(String name, DocumentFormat format, List<String> paragraphs) {
        if (!paragraphs.isEmpty()) {
            return;
        }
        if (format == DocumentFormat.PDF) {
            throw new BadInputException(name + ": the PDF has no extractable text"
                    + " (a scanned document? run OCR on it first)");
        }
        throw new BadInputException(name + ": the document contains no text");
    }
}
