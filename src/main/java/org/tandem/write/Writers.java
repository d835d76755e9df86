package org.tandem.write;

import java.util.Objects;


/** Picks the writer for an output format. */
public final class Writers {
    private Writers() {
    }

    /**
     * @param toolVersion the version recorded in formats that carry one (TMX's creationtoolversion, XLIFF's tool-version)
     */
    public static AlignmentWriter forFormat(OutputFormat format, String toolVersion) {
        Objects.requireNonNull(toolVersion, "toolVersion");
        return switch (format) {
            case TMX -> new TmxWriter(toolVersion);
            case CSV -> new CsvWriter();
            case JSONL -> new JsonlWriter();
            case BEADS -> new BeadsWriter();
            case XLIFF -> new XliffWriter(toolVersion);
            case HTML -> new HtmlReportWriter();
        };
    }

    /** As {@link #forFormat(OutputFormat, String)} with {@link ToolVersion#current()}. */
    public static AlignmentWriter forFormat(OutputFormat format) {
        return forFormat(format, ToolVersion.current());
    }
}
