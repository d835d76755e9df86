package org.tandem.write;


/**
 * The text rules the report shares with the other output formats, so that a score or a repaired
 * character reads the same in the report as in CSV, JSONL, TMX and XLIFF.
 */
final class ReportText {
    private ReportText() {
    }

    /** Half-up to three decimals, always three digits. */
    static String score(double score) {
        return Scores.text(score);
    }

    /** Unpaired surrogates as U+FFFD; a missing text as the empty string. */
    static String clean(String text) {
        return text == null ? "" : UnicodeText.withoutLoneSurrogates(text);
    }
}
