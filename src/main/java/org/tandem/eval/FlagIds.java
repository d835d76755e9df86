package org.tandem.eval;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

import org.tandem.flag.FlagKind;

/** The segment ids each flag class points at, in one document: what flag scoring compares. */
public record FlagIds(Map<FlagClass, Set<Integer>> ids) {
    public FlagIds {
        EnumMap<FlagClass, Set<Integer>> copy = new EnumMap<>(FlagClass.class);
        for (FlagClass kind : FlagClass.values()) {
            copy.put(kind, Set.copyOf(ids.getOrDefault(kind, Set.of())));
        }
        ids = copy;
    }

    public Set<Integer> of(FlagClass kind) {
        return ids.get(kind);
    }

    public static FlagIds ofGold(Collection<GoldFlag> flags) {
        Map<FlagClass, Set<Integer>> ids = empty();
        for (GoldFlag flag : flags) {
            ids.get(flag.kind()).addAll(flag.scoredIds());
        }
        return new FlagIds(ids);
    }

    /**
     * What an alignment under test flags: source ids of omission beads, target ids of addition beads
     * and target ids of two-sided beads with any drift flag.
     */
    public static FlagIds ofPrediction(List<LabelledBead> beads) {
        Map<FlagClass, Set<Integer>> ids = empty();
        for (LabelledBead labelled : beads) {
            IdBead bead = labelled.bead();
            for (FlagKind kind : labelled.flags()) {
                switch (FlagClass.of(kind)) {
                    case OMISSION -> ids.get(FlagClass.OMISSION).addAll(bead.sourceIds());
                    case ADDITION -> ids.get(FlagClass.ADDITION).addAll(bead.targetIds());
                    case DRIFT -> {
                        if (bead.isTwoSided()) {
                            ids.get(FlagClass.DRIFT).addAll(bead.targetIds());
                        }
                    }
                }
            }
        }
        return new FlagIds(ids);
    }

    /**
     * The same flags in other units: omissions map through {@code sourceUnits}, additions and drift
     * through {@code targetUnits}. End-to-end scoring uses this to count in character pieces.
     */
    public FlagIds mapped(IntFunction<List<Integer>> sourceUnits, IntFunction<List<Integer>> targetUnits) {
        Map<FlagClass, Set<Integer>> mapped = empty();
        for (FlagClass kind : FlagClass.values()) {
            IntFunction<List<Integer>> units = kind == FlagClass.OMISSION ? sourceUnits : targetUnits;
            for (int id : ids.get(kind)) {
                mapped.get(kind).addAll(units.apply(id));
            }
        }
        return new FlagIds(mapped);
    }

    private static Map<FlagClass, Set<Integer>> empty() {
        Map<FlagClass, Set<Integer>> ids = new EnumMap<>(FlagClass.class);
        for (FlagClass kind : FlagClass.values()) {
            ids.put(kind, new TreeSet<>());
        }
        return ids;
    }
}
