package org.tandem.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.tandem.flag.Alignment;

/**
 * Writes the beads in the bead-file format of Bleualign and Vecalign, which evaluation tools read:
 * one bead a line, {@code [0, 1]:[2]}, 0-based segment ids, {@code []} for an empty side, {@code \n}
 * line ends. Flags and texts are not part of the format.
 */
public final class BeadsWriter implements AlignmentWriter {
    @Override
    public void write(Alignment alignment, OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < alignment.beads().size(); i++) {
            BeadView bead = BeadView.of(alignment, i);
            text.append(ids(bead.sourceIds())).append(':').append(ids(bead.targetIds())).append('\n');
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** {@link List#toString()} gives exactly the format's "[0, 1]". */
    private static String ids(List<Integer> ids) {
        return ids.toString();
    }
}
