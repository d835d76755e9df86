package org.tandem.write;

import java.util.Locale;

/** The files {@code align} can write; the enum name in lower case is the file extension. */
public enum OutputFormat {
    TMX, CSV, JSONL,
    /** Bead ids only, for evaluation tools; not among {@code align}'s defaults. */
    BEADS;

    /** What {@code align} writes when no formats are asked for: everything a reviewer reads. */
    public static java.util.EnumSet<OutputFormat> defaults() {
        return java.util.EnumSet.of(TMX, CSV, JSONL);
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OutputFormat parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.tandem.BadInputException("unknown output format '" + text + "' (expected tmx, csv, jsonl or beads)");
        }
    }
}
