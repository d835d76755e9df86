package org.tandem.extract.pdf;

import org.tandem.text.SetAsideText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Reads a PDF's text layer as a reader reads the page: running headers, footers and page numbers
 * kept apart, paragraphs joined across line, page and column breaks, words that the typesetter
 * hyphenated at a line end made whole, footnotes moved after the text as paragraphs of their own, and
 * table cells as paragraphs of their own.
 */
public final class PdfTextReader {
    /**
     * The paragraphs of one PDF.
     *
     * @param paragraphs the running text, then the footnotes
     * @param setAside   the page furniture that is not in {@code paragraphs}
     */
    public record PdfText(List<String> paragraphs, List<SetAsideText> setAside) {
        public PdfText {
            paragraphs = List.copyOf(paragraphs);
            setAside = List.copyOf(setAside);
        }
    }

    private final boolean keepFurniture;

    /** @param keepFurniture keep headers, footers and page numbers as paragraphs of their own */
    public PdfTextReader(boolean keepFurniture) {
        this.keepFurniture = keepFurniture;
    }

    /** Reads {@code file}; a password-protected file fails with PDFBox's {@code InvalidPasswordException}. */
    public PdfText read(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return read(new PdfLineCollector().collect(document));
        }
    }

    PdfText read(List<PdfPage> pages) {
        Set<PdfLine> furniture = RunningFurniture.find(pages);
        float textSize = textSize(pages, furniture);
        List<FootnoteArea.Footnote> notes = FootnoteArea.find(pages, furniture, textSize);
        Set<PdfLine> excluded = Collections.newSetFromMap(new IdentityHashMap<>());
        excluded.addAll(FootnoteArea.linesOf(notes));
        if (!keepFurniture) {
            excluded.addAll(furniture);
        }
        List<PdfLine> running = PdfParagraphs.runningLines(pages, excluded);
        boolean dropMarkers = !notes.isEmpty();
        Dehyphenator dehyphenator = new Dehyphenator(vocabularyLines(running, notes, dropMarkers));
        List<Float> heights = pages.stream().map(PdfPage::height).toList();
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : PdfParagraphs.build(running, heights, dehyphenator, dropMarkers)) {
            paragraphs.add(paragraph);
        }
        for (FootnoteArea.Footnote note : notes) {
            String text = null;
            for (PdfLine line : note.lines()) {
                String part = FootnoteArea.text(line);
                text = text == null ? part : dehyphenator.join(text, part);
            }
            if (text != null && !text.isBlank()) {
                paragraphs.add(text.strip());
            }
        }
        List<SetAsideText> setAside = new ArrayList<>();
        if (!keepFurniture) {
            for (PdfPage page : pages) {
                for (PdfLine line : page.lines()) {
                    if (furniture.contains(line)) {
                        setAside.add(new SetAsideText(SetAsideText.PAGE_FURNITURE, page.index() + 1, line.text().strip()));
                    }
                }
            }
        }
        return new PdfText(paragraphs, setAside);
    }

    private static List<String> vocabularyLines(List<PdfLine> running, List<FootnoteArea.Footnote> notes,
            boolean dropMarkers) {
        List<String> lines = new ArrayList<>();
        running.forEach(line -> lines.add(line.text(dropMarkers).strip()));
        notes.forEach(note -> note.lines().forEach(line -> lines.add(FootnoteArea.text(line))));
        return lines;
    }

    /** The size most of the document's characters are set in: the size of its running text. */
    private static float textSize(List<PdfPage> pages, Set<PdfLine> furniture) {
        Map<Integer, Integer> characters = new java.util.HashMap<>();
        for (PdfPage page : pages) {
            for (PdfLine line : page.lines()) {
                if (!furniture.contains(line)) {
                    characters.merge(Math.round(line.size() * 2), line.glyphs().size(), Integer::sum);
                }
            }
        }
        return characters.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(e -> e.getKey() / 2f).orElse(0f);
    }
}
