package org.tandem.write;

import java.util.EnumSet;
import java.util.Locale;

/**
 * The files {@code align} can write; the enum name in lower case is the file extension, except for
 * XLIFF, whose files end in {@code .xlf} as CAT tools expect. {@link #parse} accepts either name.
 */
public enum OutputFormat {
    TMX, CSV, JSONL,
    XLIFF {
        @Override
        public String extension() {
            return "xlf";
        }
    },
    HTML,
    /** Bead ids only, for evaluation tools; not among {@code align}'s defaults. */
    BEADS,
    /**
     * What extraction set aside (page headers and footers), one JSON object a line; {@code align}
     * writes it beside the others whenever anything was set aside.
     */
    SET_ASIDE {
        @Override
        public String extension() {
            return "set-aside.jsonl";
        }
    };

    /** What {@code align} writes when no formats are asked for: everything a translator or reviewer reads. */
    public static EnumSet<OutputFormat> defaults() {
        return EnumSet.of(TMX, CSV, JSONL, XLIFF, HTML);
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The formats named on a command line, or {@link #defaults()} when none are. */
    public static EnumSet<OutputFormat> parseAll(java.util.List<String> names) {
        if (names == null || names.isEmpty()) {
            return defaults();
        }
        EnumSet<OutputFormat> chosen = EnumSet.noneOf(OutputFormat.class);
        for (String name : names) {
            chosen.add(parse(name));
        }
        return chosen;
    }

    public static OutputFormat parse(String text) {
        String name = text.trim().toUpperCase(Locale.ROOT);
        if (name.equals("XLF")) {
            return XLIFF;
        }
        try {
            return valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new org.tandem.input.BadInputException("unknown output format '" + text
                    + "' (expected tmx, csv, jsonl, xliff, html or beads)");
        }
    }
}
