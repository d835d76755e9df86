package org.tandem.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tandem.flag.Alignment;

/**
 * Writes every bead as one row of an RFC 4180 CSV file: UTF-8 without a byte-order mark, CRLF
 * line ends, fields quoted only when they need it. Columns:
 * <pre>
 * bead        1-based number of the bead
 * source_ids  0-based source segment ids separated by spaces ("3 4"); empty for an addition
 * target_ids  likewise; empty for an omission
 * type        e.g. 2-1
 * score       rounded half-up to 3 decimals, always 3 digits (0.950)
 * flags       flag labels separated by ';'
 * reasons     one reason per flag, in the same order, separated by " | "
 * source_text segment texts joined by a space
 * target_text likewise
 * </pre>
 *
 * <p>Given a reviewer's {@link Review}, three columns follow: {@code status}, {@code verdicts} (one per
 * flag, ';'-separated) and {@code note}; an edited target replaces {@code target_text}, and with the
 * only-confirmed scope only confirmed beads are written.
 *
 * <p><b>Spreadsheet formula injection.</b> A text starting with {@code =}, {@code +}, {@code -} or
 * {@code @} may be run as a formula if the file is opened in a spreadsheet. The texts are written
 * unchanged all the same: this is a data interchange format, a sentence such as
 * "- Ja, zei ze." legitimately starts with a dash, and prefixing a quote would corrupt the data for
 * every program that reads CSV as data. Whoever opens the file in a spreadsheet should import it as
 * text. A reason containing " | " cannot be told apart from two reasons; JSONL has no such
 * ambiguity.
 */
public final class CsvWriter implements AlignmentWriter {
    /** The column names, in order; part of the output contract. */
    public static final List<String> HEADER = List.of("bead", "source_ids", "target_ids", "type", "score",
            "flags", "reasons", "source_text", "target_text");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(HEADER.toArray(String[]::new))
            .get();

    /** The columns a reviewed alignment adds. */
    public static final List<String> REVIEW_COLUMNS = List.of("status", "verdicts", "note");

    private final Review review;

    public CsvWriter() {
        this(null);
    }

    /** @param review the reviewer's decisions to reflect, or null for an alignment nobody reviewed */
    public CsvWriter(Review review) {
        this.review = review;
    }

    @Override
    public void write(Alignment alignment, OutputStream out) throws IOException {
        var text = new BufferedWriter(new OutputStreamWriter(new NonClosingOutputStream(out), StandardCharsets.UTF_8));
        CSVFormat format = review == null ? FORMAT : FORMAT.builder()
                .setHeader(java.util.stream.Stream.concat(HEADER.stream(), REVIEW_COLUMNS.stream()).toArray(String[]::new))
                .get();
        try (CSVPrinter csv = new CSVPrinter(text, format)) {
            for (int i = 0; i < alignment.beads().size(); i++) {
                if (review == null) {
                    csv.printRecord(row(BeadView.of(alignment, i)));
                } else if (review.inExport(i)) {
                    csv.printRecord(reviewedRow(BeadView.of(alignment, i, review)));
                }
            }
        }
    }

    private static List<String> reviewedRow(BeadView bead) {
        List<String> row = new java.util.ArrayList<>(row(bead));
        row.add(bead.decision().status().label());
        row.add(bead.decision().verdicts().stream().map(FlagVerdict::label).collect(Collectors.joining(";")));
        row.add(UnicodeText.withoutLoneSurrogates(String.join(" | ", ReviewNotes.of(bead))));
        return row;
    }

    private static List<String> row(BeadView bead) {
        return List.of(
                Integer.toString(bead.number()),
                joinIds(bead.sourceIds()),
                joinIds(bead.targetIds()),
                bead.type(),
                bead.scoreText(),
                String.join(";", bead.flags()),
                UnicodeText.withoutLoneSurrogates(String.join(" | ", bead.reasons())),
                UnicodeText.withoutLoneSurrogates(bead.sourceText()),
                UnicodeText.withoutLoneSurrogates(bead.targetText()));
    }

    private static String joinIds(List<Integer> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }
}
