package org.tandem.extract.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins the running lines of a document into paragraphs. Within a page, a line goes on the paragraph
 * of the line before when it sits right below it, in the same column, at the same size; a wider gap,
 * a change of size, a jump sideways or a table cell starts a new paragraph. Across a page or column
 * break, a paragraph goes on when its sentence does: when it did not end on a full stop.
 */
final class PdfParagraphs {
    /**
     * A step down this many times the document's usual line spacing opens a new paragraph: word
     * processors add at least a third of a line between paragraphs.
     */
    static final float PARAGRAPH_GAP = 1.3f;
    /** Sizes closer than this are one size (rounding in the PDF). */
    static final float SAME_SIZE = 1.0f;
    /** A jump back up of more than this part of the page is a new column, not a table cell. */
    static final float COLUMN_JUMP = 1f / 3;

    private final Map<Integer, Float> lineStepBySize;
    private final Dehyphenator dehyphenator;
    private final boolean dropMarkers;

    private PdfParagraphs(Map<Integer, Float> lineStepBySize, Dehyphenator dehyphenator, boolean dropMarkers) {
        this.lineStepBySize = lineStepBySize;
        this.dehyphenator = dehyphenator;
        this.dropMarkers = dropMarkers;
    }

    /**
     * The paragraphs of {@code lines}, in order.
     *
     * @param lines       the running lines in reading order, page after page
     * @param pageHeights page heights by page index
     * @param dropMarkers whether raised note markers are cut from the text (when the document has notes)
     */
    static List<String> build(List<PdfLine> lines, List<Float> pageHeights, Dehyphenator dehyphenator,
            boolean dropMarkers) {
        return new PdfParagraphs(lineSteps(lines), dehyphenator, dropMarkers).join(lines, pageHeights);
    }

    private List<String> join(List<PdfLine> lines, List<Float> pageHeights) {
        List<String> paragraphs = new ArrayList<>();
        String current = null;
        PdfLine previous = null;
        for (int i = 0; i < lines.size(); i++) {
            PdfLine line = lines.get(i);
            String text = line.text(dropMarkers).strip();
            if (text.isEmpty()) {
                continue;
            }
            boolean cell = isCell(lines, i);
            if (current != null && continues(previous, isCell(lines, i - 1), line, cell, current,
                    pageHeights.get(line.page()))) {
                current = dehyphenator.join(current, text);
            } else {
                if (current != null) {
                    paragraphs.add(current);
                }
                current = text;
            }
            previous = line;
        }
        if (current != null) {
            paragraphs.add(current);
        }
        return paragraphs;
    }

    private boolean continues(PdfLine previous, boolean previousCell, PdfLine line, boolean cell, String paragraph,
            float pageHeight) {
        if (cell != previousCell || Math.abs(line.size() - previous.size()) > SAME_SIZE) {
            return false;
        }
        if (line.page() != previous.page()) {
            return !cell && !endsSentence(paragraph);
        }
        float step = line.baseline() - previous.baseline();
        if (step < -pageHeight * COLUMN_JUMP && line.left() >= previous.right()) {
            return !cell && !endsSentence(paragraph);
        }
        boolean sameColumn = line.left() < previous.right() && previous.left() < line.right();
        if (cell && Math.abs(line.left() - previous.left()) > SAME_SIZE) {
            return false;
        }
        return sameColumn && step > line.size() * 0.5f && step <= PARAGRAPH_GAP * lineStep(line.size());
    }

    /** A line on the same baseline as a neighbour is a table cell (or a column set beside another). */
    private static boolean isCell(List<PdfLine> lines, int i) {
        return lines.get(i).sameRowAsPrevious() || (i + 1 < lines.size() && lines.get(i + 1).sameRowAsPrevious());
    }

    /** Whether the text ends on a full stop, question or exclamation mark, before any closing quote or bracket. */
    static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && "\"'”’»)]".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * The usual line spacing for {@code size}; a document of one-line paragraphs has no usual spacing
     * within a paragraph, so the step counted is capped at double spacing.
     */
    private float lineStep(float size) {
        return Math.min(lineStepBySize.getOrDefault(Math.round(size), size * 1.2f), size * MAX_LINE_STEP);
    }

    /** Double spacing, the widest line spacing word processors offer by name, in font sizes. */
    static final float MAX_LINE_STEP = 2.2f;

    /** The most common step from one line down to the next, per font size: the document's line spacing. */
    private static Map<Integer, Float> lineSteps(List<PdfLine> lines) {
        Map<Integer, Map<Integer, Integer>> counts = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            PdfLine previous = lines.get(i - 1);
            PdfLine line = lines.get(i);
            float step = line.baseline() - previous.baseline();
            if (line.page() == previous.page() && Math.abs(line.size() - previous.size()) <= SAME_SIZE
                    && step > line.size() * 0.5f && step < line.size() * 3) {
                counts.computeIfAbsent(Math.round(line.size()), k -> new HashMap<>())
                        .merge(Math.round(step * 2), 1, Integer::sum);
            }
        }
        Map<Integer, Float> steps = new HashMap<>();
        counts.forEach((size, histogram) -> histogram.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .ifPresent(mode -> steps.put(size, mode.getKey() / 2f)));
        return steps;
    }

    /** Lines of {@code page} that are running text. */
    static List<PdfLine> runningLines(List<PdfPage> pages, Set<PdfLine> exclude) {
        List<PdfLine> lines = new ArrayList<>();
        for (PdfPage page : pages) {
            for (PdfLine line : page.lines()) {
                if (!exclude.contains(line)) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }
}
