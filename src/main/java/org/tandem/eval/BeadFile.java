package org.tandem.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * The common bead-file format of Bleualign and Vecalign: one bead a line, {@code [0, 1]:[2]}, 0-based
 * ids, an empty list for an empty side.
 */
public final class BeadFile {
    private static final Pattern LINE = Pattern.compile("\\s*\\[([0-9,\\s]*)\\]\\s*:\\s*\\[([0-9,\\s]*)\\]\\s*");

    private BeadFile() {
    }

    public static List<IdBead> read(Path file) throws IOException {
        return LineRecords.read(file, line -> {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new LineRecords.Invalid("not a bead line: " + line);
            }
            return new IdBead(ids(m.group(1)), ids(m.group(2)));
        });
    }

    public static void write(Path file, List<IdBead> beads) throws IOException {
        StringBuilder text = new StringBuilder();
        for (IdBead bead : beads) {
            text.append(format(bead)).append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    public static String format(IdBead bead) {
        return bead.sourceIds().toString() + ":" + bead.targetIds().toString();
    }

    private static List<Integer> ids(String list) {
        List<Integer> ids = new ArrayList<>();
        for (String part : list.split(",")) {
            if (!part.isBlank()) {
                ids.add(Integer.parseInt(part.strip()));
            }
        }
        return ids;
    }
}
