package org.tandem.batch;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tandem.flag.FlagKind;
import org.tandem.write.AtomicOutputs;

/**
 * {@code batch-report.tsv}: one row per pair, in manifest order, with its status, counts, flags by
 * kind, time and, for a failed pair, the one-line error. TSV through Commons CSV, so a tab or a
 * quotation mark in a name or an error is quoted, not a broken row.
 */
public final class BatchReport {
    public static final String FILE_NAME = "batch-report.tsv";
    private static final CSVFormat TSV = CSVFormat.TDF.builder().setRecordSeparator('\n').get();

    private BatchReport() {
    }

    public static List<String> header() {
        List<String> header = new ArrayList<>(List.of("name", "status", "source_lang", "target_lang",
                "source_segments", "target_segments", "beads", "flagged_beads"));
        for (FlagKind kind : FlagKind.values()) {
            header.add(kind.label());
        }
        header.add("seconds");
        header.add("error");
        return header;
    }

    public static void write(Path file, List<DocumentOutcome> outcomes) throws IOException {
        AtomicOutputs.writeFile(file, out -> {
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(text, TSV);
            printer.printRecord(header());
            for (DocumentOutcome outcome : outcomes) {
                printer.printRecord(row(outcome));
            }
            printer.flush();
        });
    }

    private static List<String> row(DocumentOutcome outcome) {
        List<String> row = new ArrayList<>(List.of(outcome.name(), outcome.status().label(),
                orEmpty(outcome.sourceLanguage()), orEmpty(outcome.targetLanguage()),
                Integer.toString(outcome.sourceSegments()), Integer.toString(outcome.targetSegments()),
                Integer.toString(outcome.beads()), Integer.toString(outcome.flaggedBeads())));
        for (FlagKind kind : FlagKind.values()) {
            row.add(Integer.toString(outcome.flags().get(kind)));
        }
        row.add(String.format(Locale.ROOT, "%.2f", outcome.seconds()));
        row.add(orEmpty(outcome.error()));
        return row;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
