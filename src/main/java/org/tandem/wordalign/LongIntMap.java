package org.tandem.wordalign;

import java.util.Arrays;

/**
 * An open-addressing map from non-negative long keys to int values: the training of the word aligner
 * numbers a cell for every word pair of every training pair, where boxed {@code HashMap<Long, Integer>}
 * look-ups would cost more than the training itself, and a general primitive-collections library
 * (fastutil: 20 MB) is a large dependency for one small map.
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

    /** What {@link #forEach} hands over: a key and its value. */
    @FunctionalInterface
    interface EntryVisitor {
        void visit(long key, int value);
    }

    /** Every entry, in slot order (not insertion order). */
    void forEach(EntryVisitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != FREE) {
                visitor.visit(keys[i], values[i]);
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
