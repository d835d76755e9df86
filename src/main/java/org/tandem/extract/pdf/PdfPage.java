package org.tandem.extract.pdf;

import java.util.List;

/**
 * The lines of one page in content order.
 *
 * @param index  0-based page number
 * @param height the page height, in points
 */
record PdfPage(int index, float height, List<PdfLine> lines) {
    PdfPage {
        lines = List.copyOf(lines);
    }
}
