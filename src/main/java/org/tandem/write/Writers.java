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
            case SET_ASIDE -> new SetAsideWriter();
        };
    }

    /**
     * A writer that reflects a reviewer's decisions and edits: TMX, XLIFF, CSV and JSONL. The bead
     * file and the HTML report have nowhere to put them.
     */
    public static AlignmentWriter forReview(OutputFormat format, String toolVersion, Review review) {
        Objects.requireNonNull(review, "review");
        return switch (format) {
            case TMX -> new TmxWriter(toolVersion, review);
            case XLIFF -> new XliffWriter(toolVersion, review);
            case CSV -> new CsvWriter(review);
            case JSONL -> new JsonlWriter(review);
            case BEADS, HTML, SET_ASIDE -> throw new org.tandem.input.BadInputException("a review exports tmx, xliff, csv or jsonl, not "
                    + format.extension());
        };
    }

    /** As {@link #forFormat(OutputFormat, String)} with {@link ToolVersion#current()}. */
    public static AlignmentWriter forFormat(OutputFormat format) {
        return forFormat(format, ToolVersion.current());
    }
}
