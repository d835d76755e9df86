package org.tandem.extract.pdf;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds page furniture: running headers, running footers and page numbers. They are lines at the top
 * or bottom edge of pages that recur, the same text apart from its digits, on many pages ("Pagina 3 / 7",
 * a report title, a date and a URL printed by a browser). Text that occurs once is never furniture, so
 * a one-page document keeps everything.
 */
final class RunningFurniture {
    /** How many lines at each edge of a page may belong to a header or footer. */
    static final int EDGE_LINES = 3;
    /** The part of the page height, at top and at bottom, where headers and footers sit. */
    static final float EDGE_ZONE = 0.2f;
    /**
     * The share of pages a line must recur on: below one half, so that headers that alternate between
     * left and right pages still count.
     */
    static final double MIN_PAGE_SHARE = 0.4;

    private RunningFurniture() {
    }

    /** The furniture lines of {@code pages}, by identity. */
    static Set<PdfLine> find(List<PdfPage> pages) {
        if (pages.size() < 2) {
            return Set.of();
        }
        Map<String, Set<Integer>> pagesByKey = new HashMap<>();
        Map<PdfLine, String> candidates = new IdentityHashMap<>();
        for (PdfPage page : pages) {
            for (PdfLine line : edgeLines(page)) {
                String key = key(line);
                if (!key.isEmpty()) {
                    candidates.put(line, key);
                    pagesByKey.computeIfAbsent(key, k -> new HashSet<>()).add(page.index());
                }
            }
        }
        int needed = (int) Math.max(2, Math.ceil(pages.size() * MIN_PAGE_SHARE));
        Set<PdfLine> furniture = Collections.newSetFromMap(new IdentityHashMap<>());
        candidates.forEach((line, key) -> {
            if (pagesByKey.get(key).size() >= needed) {
                furniture.add(line);
            }
        });
        return furniture;
    }

    /** The topmost and bottommost lines of the page that lie in its edge zones. */
    private static Set<PdfLine> edgeLines(PdfPage page) {
        List<PdfLine> byHeight = page.lines().stream()
                .sorted((a, b) -> Float.compare(a.baseline(), b.baseline())).toList();
        Set<PdfLine> edge = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Float> rows = byHeight.stream().map(PdfLine::baseline).distinct().toList();
        for (PdfLine line : byHeight) {
            int row = rows.indexOf(line.baseline());
            boolean top = row < EDGE_LINES && line.baseline() < page.height() * EDGE_ZONE;
            boolean bottom = row >= rows.size() - EDGE_LINES && line.baseline() > page.height() * (1 - EDGE_ZONE);
            if (top || bottom) {
                edge.add(line);
            }
        }
        return edge;
    }

    /** The line's text with every run of digits as one '#', so that page numbers and dates compare equal. */
    static String key(PdfLine line) {
        return line.text().replaceAll("\\p{Nd}+", "#").replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }
}
