package org.tandem.extract.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the lines of every page with their positions, through PDFBox's text stripper (which finds
 * the words and lines), in content order: the order the producer wrote them, which is reading order
 * for word processors, columns included.
 *
 * <p>A line with a wide gap between two words is cut there: a table row, or text in several
 * columns side by side, is several lines on one baseline.
 */
final class PdfLineCollector extends PDFTextStripper {
    /**
     * A gap between words wider than this many font sizes separates cells, not words: justified text
     * rarely stretches a space beyond one em.
     */
    static final float CELL_GAP_EMS = 1.5f;

    private final List<PdfPage> pages = new ArrayList<>();
    private List<PdfLine> pageLines = new ArrayList<>();
    private final List<PdfGlyph> line = new ArrayList<>();
    private boolean nextIsWordStart;

    PdfLineCollector() throws IOException {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    /** Reads every page of {@code document}. */
    List<PdfPage> collect(PDDocument document) throws IOException {
        pages.clear();
        writeText(document, new StringWriter());
        return List.copyOf(pages);
    }

    @Override
    protected void startPage(PDPage page) {
        pageLines = new ArrayList<>();
        line.clear();
    }

    @Override
    protected void endPage(PDPage page) {
        flushLine();
        pages.add(new PdfPage(pages.size(), page.getCropBox().getHeight(), pageLines));
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        boolean wordStart = true;
        for (TextPosition position : positions) {
            String unicode = position.getUnicode();
            if (unicode == null || unicode.isBlank()) {
                wordStart = true;
                continue;
            }
            line.add(new PdfGlyph(unicode, position.getXDirAdj(), position.getWidthDirAdj(),
                    position.getYDirAdj(), position.getFontSizeInPt(), wordStart || nextIsWordStart));
            wordStart = false;
            nextIsWordStart = false;
        }
    }

    @Override
    protected void writeWordSeparator() {
        nextIsWordStart = true;
    }

    @Override
    protected void writeLineSeparator() {
        flushLine();
    }

    @Override
    protected void writeParagraphEnd() {
        flushLine();
    }

    private void flushLine() {
        nextIsWordStart = false;
        if (line.isEmpty()) {
            return;
        }
        int page = pages.size();
        List<PdfGlyph> cell = new ArrayList<>();
        boolean sameRow = false;
        for (PdfGlyph glyph : line) {
            if (!cell.isEmpty() && startsCell(cell, glyph)) {
                pageLines.add(new PdfLine(page, cell, sameRow));
                sameRow = true;
                cell = new ArrayList<>();
            }
            cell.add(glyph);
        }
        pageLines.add(new PdfLine(page, cell, sameRow));
        line.clear();
    }

    /**
     * A wide gap starts a new cell, unless what came before is a list marker ("1.", "•", "a)") that
     * a tab separates from its item.
     */
    private static boolean startsCell(List<PdfGlyph> cell, PdfGlyph next) {
        PdfGlyph previous = cell.get(cell.size() - 1);
        float gap = next.x() - previous.right();
        if (gap <= CELL_GAP_EMS * Math.max(previous.size(), next.size())) {
            return false;
        }
        return !isListMarker(cell);
    }

    private static boolean isListMarker(List<PdfGlyph> cell) {
        StringBuilder text = new StringBuilder();
        for (PdfGlyph glyph : cell) {
            text.append(glyph.text());
        }
        return text.toString().matches("[•◦▪‣·*–—-]|\\(?[0-9]{1,3}[.)]?|\\(?[a-zA-Z][.)]|[ivxIVX]{1,5}[.)]");
    }
}
