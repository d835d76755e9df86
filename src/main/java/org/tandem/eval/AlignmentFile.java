package org.tandem.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.tandem.flag.FlagKind;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads an alignment to evaluate, in either form {@code eval} accepts, told apart by content: Tandem
 * JSONL when the first non-blank line starts with <code>{</code>, a bead file otherwise. A bead
 * file has no flags, so its one-sided beads count as flagged omissions and additions, as every
 * aligner that writes them means them.
 */
public final class AlignmentFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AlignmentFile() {
    }

    public static List<LabelledBead> read(Path file) throws IOException {
        return isJsonl(file) ? readJsonl(file) : withImpliedFlags(BeadFile.read(file));
    }

    public static List<IdBead> beads(List<LabelledBead> labelled) {
        return labelled.stream().map(LabelledBead::bead).toList();
    }

    static boolean isJsonl(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(line -> !line.isBlank()).findFirst()
                    .map(line -> line.stripLeading().startsWith("{")).orElse(false);
        }
    }

    private static List<LabelledBead> readJsonl(Path file) throws IOException {
        return LineRecords.read(file, line -> {
            try {
                JsonNode node = JSON.readTree(line);
                IdBead bead = new IdBead(GoldFlagFile.ids(node.path("source_ids")),
                        GoldFlagFile.ids(node.path("target_ids")));
                List<FlagKind> flags = new ArrayList<>();
                for (JsonNode label : node.path("flags")) {
                    flags.add(FlagKind.fromLabel(label.asText()));
                }
                return new LabelledBead(bead, flags);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new LineRecords.Invalid("not a Tandem JSONL bead: " + e.getMessage(), e);
            }
        });
    }

    private static List<LabelledBead> withImpliedFlags(List<IdBead> beads) {
        return beads.stream().map(bead -> new LabelledBead(bead,
                bead.targetIds().isEmpty() && !bead.sourceIds().isEmpty() ? List.of(FlagKind.OMISSION)
                        : bead.sourceIds().isEmpty() && !bead.targetIds().isEmpty() ? List.of(FlagKind.ADDITION)
                        : List.of())).toList();
    }
}
