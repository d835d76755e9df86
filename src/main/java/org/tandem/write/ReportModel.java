package org.tandem.write;

import java.util.List;

/**
 * Everything the page template shows, already in display form: the template only places and escapes.
 * Records so the values are fixed once built; Mustache reads them through their accessors.
 */
record ReportModel(String name, String sourceLanguage, String targetLanguage, Summary summary,
                   List<Kind> kinds, List<Row> beads, MapView map, String css, String script, String data) {

    /** The numbers at the top of the page. */
    record Summary(int sourceSegments, int targetSegments, int beads, int flaggedBeads,
                   List<Count> types, boolean anyFlags) {
    }

    record Count(String label, int count) {
    }

    /** A flag kind in the legend and in the filter menu. */
    record Kind(String label, String css, String meaning, int count, int bit) {
    }

    /**
     * One bead, one row. {@code rowClass} carries the colour of its first flag, and {@code fold} when
     * the row belongs to a run of additions shown collapsed; {@code run} is set on a run's first row. The
     * pieces are the texts cut where a flag's span (the words it is about) starts and ends.
     */
    record Row(int number, String type, String score, String sourceText, String targetText,
               List<Chip> flags, String rowClass, Run run, List<Piece> sourcePieces, List<Piece> targetPieces) {
        public boolean flagged() {
            return !flags.isEmpty();
        }
    }

    /**
     * Consecutive additions (beads {@code first} to {@code last}, numbered from 1) that read as one
     * block: a web page's menu, a cookie banner, a list of related links. {@code preview} opens the
     * block's text so the reviewer can tell what it is without opening it.
     */
    record Run(int first, int last, int count, String preview) {
    }

    /** A stretch of a bead's text; {@code css} is the flag colour of a highlighted one, else null. */
    record Piece(String text, String css) {
        public boolean marked() {
            return css != null;
        }
    }

    record Chip(String label, String css, String reason) {
    }

    /** The alignment map's SVG geometry; see {@link AlignmentMap}. */
    record MapView(String viewBox, String plainPath, List<Mark> marks, int markCount) {
        public int span() {
            return AlignmentMap.SPAN;
        }

        public int lane() {
            return AlignmentMap.LANE;
        }
    }

    /** A flagged bead's own mark, so it can be coloured and clicked on its own. */
    record Mark(int bead, String css, String path) {
    }
}
