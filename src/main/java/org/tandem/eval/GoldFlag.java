package org.tandem.eval;

import java.util.List;

/**
 * One known problem of a document pair, as a benchmark's gold records it.
 *
 * @param kind      what a perfect flagger would call it
 * @param damage    how it was made, e.g. {@code block-omission}; free text, only for error analysis
 * @param sourceIds the source segments involved (empty for an addition)
 * @param targetIds the target segments involved (empty for an omission)
 */
public record GoldFlag(FlagClass kind, String damage, List<Integer> sourceIds, List<Integer> targetIds) {
    public GoldFlag {
        sourceIds = List.copyOf(sourceIds);
        targetIds = List.copyOf(targetIds);
    }

    /** The ids the flag is scored by: source ids for an omission, target ids otherwise. */
    public List<Integer> scoredIds() {
        return kind == FlagClass.OMISSION ? sourceIds : targetIds;
    }
}
