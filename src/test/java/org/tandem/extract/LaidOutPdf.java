package org.tandem.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays out a PDF as a word processor does: pages of text placed at positions, measured from the top
 * left, in the order a word processor writes them (header, body, notes, footer).
 */
public final class LaidOutPdf {
    /** Text placed with its baseline {@code y} points below the top of the page. */
    record Placed(float x, float y, float size, String text) {
    }

    static final float LEFT = 72;
    static final float TEXT_SIZE = 12;
    static final float LEADING = 14;

    private final List<List<Placed>> pages = new ArrayList<>();
    private List<Placed> page;
    private float y;

    /** Starts a page with a running header. */
    public LaidOutPdf page(String header) {
        page = new ArrayList<>();
        pages.add(page);
        page.add(new Placed(LEFT, 40, 9, header));
        y = 100;
        return this;
    }

    /** A paragraph of body lines, followed by paragraph spacing. */
    public LaidOutPdf paragraph(String... lines) {
        for (String line : lines) {
            line(line);
        }
        y += 8;
        return this;
    }

    /** One body line; a "^" marks the rest of a word as a raised note marker, as in "neighbours.^1". */
    public LaidOutPdf line(String line) {
        int caret = line.indexOf('^');
        if (caret < 0) {
            page.add(new Placed(LEFT, y, TEXT_SIZE, line));
        } else {
            String before = line.substring(0, caret);
            int end = caret + 1;
            while (end < line.length() && Character.isDigit(line.charAt(end))) {
                end++;
            }
            float width = width(before, TEXT_SIZE);
            page.add(new Placed(LEFT, y, TEXT_SIZE, before));
            page.add(new Placed(LEFT + width, y - 4, 7, line.substring(caret + 1, end)));
            if (end < line.length()) {
                String after = line.substring(end);
                page.add(new Placed(LEFT + width + width(line.substring(caret + 1, end), 7), y, TEXT_SIZE, after));
            }
        }
        y += LEADING;
        return this;
    }

    /** A table row: one cell per column, 200 points apart. */
    public LaidOutPdf row(String... cells) {
        for (int i = 0; i < cells.length; i++) {
            page.add(new Placed(LEFT + 200 * i, y, TEXT_SIZE, cells[i]));
        }
        y += LEADING + 4;
        return this;
    }

    /** A footnote at the foot of the page: a raised number, then the note in small print. */
    public LaidOutPdf footnote(float fromTop, String number, String... lines) {
        float noteY = fromTop;
        page.add(new Placed(LEFT, noteY - 3, 6, number));
        for (String line : lines) {
            page.add(new Placed(LEFT + 6, noteY, 9, line));
            noteY += 11;
        }
        return this;
    }

    /** The running footer. */
    public LaidOutPdf footer(String footer) {
        page.add(new Placed(LEFT + 200, 760, 9, footer));
        return this;
    }

    public Path save(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<Placed> texts : pages) {
                PDPage pdfPage = new PDPage(PDRectangle.LETTER);
                document.addPage(pdfPage);
                float height = pdfPage.getMediaBox().getHeight();
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    for (Placed text : texts) {
                        content.beginText();
                        content.setFont(font, text.size());
                        content.newLineAtOffset(text.x(), height - text.y());
                        content.showText(text.text());
                        content.endText();
                    }
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static float width(String text, float size) {
        try {
            return new PDType1Font(Standard14Fonts.FontName.HELVETICA).getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
