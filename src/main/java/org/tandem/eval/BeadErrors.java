package org.tandem.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.tandem.flag.FlagKind;

/**
 * Where an alignment under test differs from the gold, for reading: each stretch of segments where the
 * beads differ, with the gold's beads, the aligner's beads and their flags, and every segment's text.
 * A missed or false omission or addition always lies in such a stretch, as it changes the beads.
 */
public final class BeadErrors {
    private BeadErrors() {
    }

    /**
     * The document's wrong stretches as text, one block each, in order; empty when every bead is right.
     *
     * @param source the source segments, by id
     * @param target the target segments, by id
     */
    public static String describe(String document, List<IdBead> gold, List<LabelledBead> test, List<String> source,
                                  List<String> target) {
        Set<IdBead> right = new HashSet<>(gold);
        Set<IdBead> done = new HashSet<>();
        StringBuilder out = new StringBuilder();
        for (LabelledBead bead : test) {
            if (right.contains(bead.bead()) || done.contains(bead.bead())) {
                continue;
            }
            TreeSet<Integer> sources = new TreeSet<>(bead.bead().sourceIds());
            TreeSet<Integer> targets = new TreeSet<>(bead.bead().targetIds());
            // Grow the stretch until no bead of either alignment reaches in or out of it.
            boolean grown = true;
            while (grown) {
                grown = grow(gold, sources, targets);
                for (LabelledBead other : test) {
                    grown |= grow(List.of(other.bead()), sources, targets);
                }
            }
            List<IdBead> goldHere = inside(gold, sources, targets);
            List<LabelledBead> testHere = new ArrayList<>();
            for (LabelledBead other : test) {
                if (touches(other.bead(), sources, targets)) {
                    testHere.add(other);
                    done.add(other.bead());
                }
            }
            out.append("== ").append(document).append('\n');
            out.append("   gold:   ").append(goldHere.stream().map(BeadErrors::ids).collect(Collectors.joining("  ")))
                    .append('\n');
            out.append("   tandem: ").append(testHere.stream().map(BeadErrors::labelled)
                    .collect(Collectors.joining("  "))).append('\n');
            sources.forEach(id -> out.append("   S").append(id).append(": ").append(source.get(id)).append('\n'));
            targets.forEach(id -> out.append("   T").append(id).append(": ").append(target.get(id)).append('\n'));
        }
        return out.toString();
    }

    private static boolean grow(List<IdBead> beads, Set<Integer> sources, Set<Integer> targets) {
        boolean grown = false;
        for (IdBead bead : beads) {
            if (touches(bead, sources, targets)
                    && !(sources.containsAll(bead.sourceIds()) && targets.containsAll(bead.targetIds()))) {
                sources.addAll(bead.sourceIds());
                targets.addAll(bead.targetIds());
                grown = true;
            }
        }
        return grown;
    }

    private static boolean touches(IdBead bead, Set<Integer> sources, Set<Integer> targets) {
        return bead.sourceIds().stream().anyMatch(sources::contains) || bead.targetIds().stream().anyMatch(targets::contains);
    }

    private static List<IdBead> inside(List<IdBead> beads, Set<Integer> sources, Set<Integer> targets) {
        return beads.stream().filter(bead -> touches(bead, sources, targets)).toList();
    }

    private static String ids(IdBead bead) {
        return bead.sourceIds() + ":" + bead.targetIds();
    }

    private static String labelled(LabelledBead bead) {
        String flags = bead.flags().stream().distinct().map(FlagKind::label).collect(Collectors.joining(","));
        return ids(bead.bead()) + (flags.isEmpty() ? "" : " (" + flags + ")");
    }
}
