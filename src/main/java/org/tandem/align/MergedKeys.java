package org.tandem.align;

import java.util.Arrays;
import java.util.List;

/**
 * The sorted keys of every run of consecutive segments the search may merge into one bead side,
 * built on first use and kept: the dynamic program asks for the same run once per cell of a row,
 * and sorting it each time dominated the cost of long documents.
 */
final class MergedKeys {
    private final List<SegmentProfile> side;
    private final int[][][] byCount = new int[8][][];

    MergedKeys(List<SegmentProfile> side) {
        this.side = side;
    }

    /** The keys of segments {@code [start, start + count)}, sorted; do not modify the array. */
    int[] keys(int start, int count) {
        if (count == 1) {
            return side.get(start).keys();
        }
        if (count >= byCount.length) {
            return merge(start, count);
        }
        if (byCount[count] == null) {
            byCount[count] = new int[side.size()][];
        }
        int[] keys = byCount[count][start];
        if (keys == null) {
            keys = merge(start, count);
            byCount[count][start] = keys;
        }
        return keys;
    }

    private int[] merge(int start, int count) {
        int size = 0;
        for (int k = start; k < start + count; k++) {
            size += side.get(k).keys().length;
        }
        int[] merged = new int[size];
        int n = 0;
        for (int k = start; k < start + count; k++) {
            int[] keys = side.get(k).keys();
            System.arraycopy(keys, 0, merged, n, keys.length);
            n += keys.length;
        }
        Arrays.sort(merged);
        return merged;
    }
}
