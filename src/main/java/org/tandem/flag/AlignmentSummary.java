package org.tandem.flag;

import java.util.Map;
import java.util.TreeMap;

import org.tandem.text.SetAsideText;

/**
 * Counts that describe an alignment at a glance: segments per side, beads by type, flags by kind, and
 * what extraction set aside from both documents, by kind.
 */
public record AlignmentSummary(int sourceSegments, int targetSegments, Map<String, Integer> beadsByType,
                               Map<FlagKind, Integer> flagsByKind, int flaggedBeads,
                               Map<String, Integer> setAsideByKind) {

    public static AlignmentSummary of(Alignment alignment) {
        Map<String, Integer> types = new TreeMap<>((a, b) -> typeOrder(a) != typeOrder(b)
                ? Integer.compare(typeOrder(a), typeOrder(b)) : a.compareTo(b));
        Map<FlagKind, Integer> flags = new TreeMap<>();
        int flagged = 0;
        for (FlaggedBead bead : alignment.beads()) {
            types.merge(bead.bead().type(), 1, Integer::sum);
            for (Flag flag : bead.flags()) {
                flags.merge(flag.kind(), 1, Integer::sum);
            }
            if (!bead.flags().isEmpty()) {
                flagged++;
            }
        }
        Map<String, Integer> setAside = new TreeMap<>();
        alignment.sourceSetAside().forEach(text -> setAside.merge(text.kind(), 1, Integer::sum));
        alignment.targetSetAside().forEach(text -> setAside.merge(text.kind(), 1, Integer::sum));
        return new AlignmentSummary(alignment.source().size(), alignment.target().size(), types, flags, flagged,
                setAside);
    }

    /** 1-1 first, then merges by size, then one-sided beads. */
    private static int typeOrder(String type) {
        String[] sides = type.split("-");
        int a = Integer.parseInt(sides[0]);
        int b = Integer.parseInt(sides[1]);
        return a == 0 || b == 0 ? 100 + a + b : a + b;
    }

    /** A few lines for a terminal. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("segments: ").append(sourceSegments).append(" source, ").append(targetSegments).append(" target\n");
        out.append("beads:   ");
        beadsByType.forEach((type, count) -> out.append(' ').append(type).append(' ').append(count));
        out.append('\n');
        out.append("flags:   ");
        if (flagsByKind.isEmpty()) {
            out.append(" none");
        }
        flagsByKind.forEach((kind, count) -> out.append(' ').append(kind.label()).append(' ').append(count));
        out.append(" (").append(flaggedBeads).append(" beads flagged)\n");
        if (!setAsideByKind.isEmpty()) {
            out.append("set aside:");
            setAsideByKind.forEach((kind, count) -> out.append(' ').append(SetAsideText.count(kind, count)));
            out.append(" (not aligned; listed in the .set-aside.jsonl file)\n");
        }
        return out.toString();
    }
}
