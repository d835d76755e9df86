package org.tandem.write;

import java.util.Locale;

/** The files {@code align} can write; the enum name in lower case is the file extension. */
public enum OutputFormat {
    TMX, CSV, JSONL,
    /** The self-contained review report for people; see {@link org.tandem.review.HtmlReportWriter}. */
    HTML;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OutputFormat parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.tandem.BadInputException("unknown output format '" + text + "' (expected tmx, csv, jsonl or html)");
        }
    }
}
