package org.tandem.extract.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the footnotes at the foot of each page: the lines below the running text, set smaller than
 * it, the first of them opening with a note marker. A note that the page break cuts goes on at the
 * foot of the next page without a marker.
 */
final class FootnoteArea {
    /** Footnotes are set smaller than the text; a tenth smaller already tells them apart from it. */
    static final float SMALLER_THAN_TEXT = 0.9f;
    private static final Pattern PLAIN_MARKER = Pattern.compile("^([0-9]{1,3}|[*†‡§¶])\\s*(?=\\S)");

    /** One footnote: its lines, in order, and its marker's number if it has one. */
    record Footnote(List<PdfLine> lines) {
    }

    private FootnoteArea() {
    }

    /**
     * The footnotes of {@code pages}, in document order; {@code exclude} are furniture lines. A note
     * continued from one page to the next is one footnote.
     */
    static List<Footnote> find(List<PdfPage> pages, Set<PdfLine> exclude, float textSize) {
        List<Footnote> notes = new ArrayList<>();
        boolean previousPageHadNotes = false;
        for (PdfPage page : pages) {
            List<PdfLine> block = footBlock(page, exclude, textSize);
            if (block.isEmpty() || (!startsNote(block.get(0)) && !previousPageHadNotes)) {
                previousPageHadNotes = false;
                continue;
            }
            List<PdfLine> current = startsNote(block.get(0)) || notes.isEmpty()
                    ? null : new ArrayList<>(notes.remove(notes.size() - 1).lines());
            for (PdfLine line : block) {
                if (startsNote(line) || current == null) {
                    if (current != null) {
                        notes.add(new Footnote(current));
                    }
                    current = new ArrayList<>();
                }
                current.add(line);
            }
            notes.add(new Footnote(current));
            previousPageHadNotes = true;
        }
        return notes;
    }

    /** The lines of all {@code notes}, by identity. */
    static Set<PdfLine> linesOf(List<Footnote> notes) {
        Set<PdfLine> lines = Collections.newSetFromMap(new IdentityHashMap<>());
        notes.forEach(note -> lines.addAll(note.lines()));
        return lines;
    }

    /** The text of a note line without its marker. */
    static String text(PdfLine line) {
        String text = line.text(true).strip();
        if (!line.hasMarker()) {
            Matcher marker = PLAIN_MARKER.matcher(text);
            if (marker.find()) {
                text = text.substring(marker.end());
            }
        }
        return text;
    }

    /** The small-print lines at the bottom of the page, top to bottom, up to the first line of text size. */
    private static List<PdfLine> footBlock(PdfPage page, Set<PdfLine> exclude, float textSize) {
        List<PdfLine> byHeight = page.lines().stream().filter(line -> !exclude.contains(line))
                .sorted((a, b) -> Float.compare(a.baseline(), b.baseline())).toList();
        int start = byHeight.size();
        while (start > 0 && byHeight.get(start - 1).size() < textSize * SMALLER_THAN_TEXT) {
            start--;
        }
        if (start == 0) {
            // A page all in small print is text, not notes.
            return List.of();
        }
        return byHeight.subList(start, byHeight.size());
    }

    private static boolean startsNote(PdfLine line) {
        PdfGlyph first = line.glyphs().get(0);
        float size = line.size();
        boolean raised = first.size() < size * PdfLine.SUPERSCRIPT_RATIO && line.baseline() - first.baseline() > size * 0.15f;
        return raised || PLAIN_MARKER.matcher(line.text()).find();
    }
}
