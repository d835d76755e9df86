package org.tandem.wordalign;

import java.util.Arrays;

/**
 * An open-addressing map from non-negative long keys to int values. The word aligner looks up a
 * translation cell for every word pair of every bead; boxed {@code HashMap<Long, Integer>} lookups
 * would cost more than the rest of the alignment together, and a general primitive-collections
 * library (fastutil: 20 MB) is a large dependency for one small map.
 */
final class LongIntMap {
    private static final long FREE = -1L;
    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(keys, FREE);
    }

    int size() {
        return size;
    }

    /** The value for the key, or {@code missing}. */
    int get(long key, int missing) {
        int mask = keys.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == key) {
                return values[slot];
            }
            if (k == FREE) {
                return missing;
            }
        }
    }

    /** The value for the key; when absent, {@code next} is stored and returned. */
    int getOrPut(long key, int next) {
        int mask = keys.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == key) {
                return values[slot];
            }
            if (k == FREE) {
                keys[slot] = key;
                values[slot] = next;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return next;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        Arrays.fill(keys, FREE);
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                int slot = mix(oldKeys[i]) & mask;
                while (keys[slot] != FREE) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    /** MurmurHash3's 64-bit finaliser: keys differ mostly in a few bits of each half. */
    private static int mix(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h;
    }
}
