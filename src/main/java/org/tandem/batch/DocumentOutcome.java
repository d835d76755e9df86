package org.tandem.batch;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.tandem.flag.Alignment;
import org.tandem.flag.AlignmentSummary;
import org.tandem.flag.FlagKind;
import org.tandem.input.BadInputException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What became of one pair in a batch: one row of the batch report.
 *
 * @param flags   flags raised, by kind (every kind present, zero included)
 * @param seconds time spent on the pair in this run (0 when it was skipped)
 * @param error   the one-line reason a failed pair failed; null otherwise
 */
public record DocumentOutcome(String name, Status status, String sourceLanguage, String targetLanguage,
                              int sourceSegments, int targetSegments, int beads, int flaggedBeads,
                              Map<FlagKind, Integer> flags, double seconds, String error) implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How the pair fared. */
    public enum Status {
        /** aligned in this run */
        ALIGNED,
        /** its outputs were complete and newer than its inputs: left as they were */
        SKIPPED,
        /** not aligned; the error says why */
        FAILED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public DocumentOutcome {
        EnumMap<FlagKind, Integer> all = new EnumMap<>(FlagKind.class);
        for (FlagKind kind : FlagKind.values()) {
            all.put(kind, flags.getOrDefault(kind, 0));
        }
        flags = all;
    }

    public static DocumentOutcome aligned(String name, Alignment alignment, double seconds) {
        AlignmentSummary summary = AlignmentSummary.of(alignment);
        return new DocumentOutcome(name, Status.ALIGNED, alignment.sourceLanguage(), alignment.targetLanguage(),
                summary.sourceSegments(), summary.targetSegments(), alignment.beads().size(), summary.flaggedBeads(),
                summary.flagsByKind(), seconds, null);
    }

    /** A pair that failed: bad input says what is wrong with the file; anything else names itself too. */
    public static DocumentOutcome failed(String name, Throwable failure, double seconds) {
        String text = failure.getMessage();
        String error = failure instanceof BadInputException || failure instanceof java.io.UncheckedIOException ? text
                : failure.getClass().getSimpleName() + (text == null ? "" : ": " + text);
        return new DocumentOutcome(name, Status.FAILED, null, null, 0, 0, 0, 0, Map.of(), seconds, oneLine(error));
    }

    /** The counts of a pair aligned in an earlier run, read back from its JSONL file. */
    public static DocumentOutcome skipped(String name, Path jsonl, String sourceLanguage, String targetLanguage)
            throws IOException {
        int source = 0;
        int target = 0;
        int beads = 0;
        int flagged = 0;
        Map<FlagKind, Integer> flags = new EnumMap<>(FlagKind.class);
        try (var lines = Files.newBufferedReader(jsonl, java.nio.charset.StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                JsonNode bead = JSON.readTree(line);
                beads++;
                source += bead.get("source_ids").size();
                target += bead.get("target_ids").size();
                JsonNode labels = bead.get("flags");
                if (!labels.isEmpty()) {
                    flagged++;
                }
                for (JsonNode label : labels) {
                    flags.merge(FlagKind.fromLabel(label.asText()), 1, Integer::sum);
                }
            }
        }
        return new DocumentOutcome(name, Status.SKIPPED, sourceLanguage, targetLanguage, source, target, beads, flagged,
                flags, 0, null);
    }

    public boolean succeeded() {
        return status != Status.FAILED;
    }

    /** Flagged beads per bead; a failed pair counts as worst of all. */
    public double flagRate() {
        if (!succeeded()) {
            return Double.POSITIVE_INFINITY;
        }
        return beads == 0 ? 0 : (double) flaggedBeads / beads;
    }

    /** A message on one line, its runs of white space (tabs and line breaks too) made one space. */
    static String oneLine(String message) {
        return message == null ? "unknown error" : message.strip().replaceAll("\\s+", " ");
    }
}
