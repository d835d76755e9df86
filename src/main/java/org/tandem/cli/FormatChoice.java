package org.tandem.cli;

import java.util.EnumSet;
import java.util.List;

import org.tandem.write.OutputFormat;

import picocli.CommandLine.Option;

/** {@code --formats} of the commands that align, align and batch. */
final class FormatChoice {
    /** {@link OutputFormat#defaults()} as the option spells them; a test keeps the two the same. */
    static final String DEFAULTS = "tmx,csv,jsonl,xliff,html";

    @Option(names = "--formats", split = ",", paramLabel = "F", defaultValue = DEFAULTS,
            description = "Output formats, comma-separated: tmx, csv, jsonl, xliff, html, beads (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    EnumSet<OutputFormat> chosen() {
        return OutputFormat.parseAll(formats);
    }
}
