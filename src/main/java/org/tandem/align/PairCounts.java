package org.tandem.align;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

import com.carrotsearch.hppc.LongLongHashMap;
import com.carrotsearch.hppc.cursors.LongLongCursor;
import com.carrotsearch.hppc.procedures.LongLongProcedure;

/**
 * Whole-number counts keyed by word pair, summed over documents by the lexicon learner. The sums are
 * exact, so they are the same in any order and grouping: per thread on one machine, per partition and
 * then across executors on a cluster. Dense (an array over {@link WordPairIndex} numbers) once the
 * pairs are numbered; sparse (a hash map over {@link WordPairIndex#key} keys) before.
 */
public abstract sealed class PairCounts implements Serializable permits PairCounts.Dense, PairCounts.Sparse {
    private static final long serialVersionUID = 1L;

    static Dense dense(int size) {
        return new Dense(new long[size]);
    }

    static Sparse sparse() {
        return new Sparse();
    }

    /**
     * Adds {@code other} into these counts and returns them: the reduction, exact in any order. May take
     * over {@code other}'s storage: {@code other} is not to be read afterwards.
     */
    public abstract PairCounts plus(PairCounts other);

    /** Counts of the pairs numbered 0 to size − 1. */
    static final class Dense extends PairCounts {
        private static final long serialVersionUID = 1L;
        final long[] counts;

        private Dense(long[] counts) {
            this.counts = counts;
        }

        @Override
        public PairCounts plus(PairCounts other) {
            long[] more = ((Dense) other).counts;
            if (more.length != counts.length) {
                throw new IllegalArgumentException(more.length + " counts added to " + counts.length);
            }
            for (int i = 0; i < counts.length; i++) {
                counts[i] += more[i];
            }
            return this;
        }
    }

    /** Counts of any pairs, by key. */
    static final class Sparse extends PairCounts {
        private static final long serialVersionUID = 1L;
        private transient LongLongHashMap counts = new LongLongHashMap();

        void add(long key, long count) {
            counts.addTo(key, count);
        }

        int size() {
            return counts.size();
        }

        void forEach(LongLongProcedure procedure) {
            counts.forEach(procedure);
        }

        @Override
        public PairCounts plus(PairCounts other) {
            Sparse more = (Sparse) other;
            if (more.size() > size()) {
                LongLongHashMap swap = counts;
                counts = more.counts;
                more.counts = swap;
            }
            counts.ensureCapacity(counts.size() + more.size());
            for (LongLongCursor cursor : more.counts) {
                counts.addTo(cursor.key, cursor.value);
            }
            return this;
        }

        private void writeObject(ObjectOutputStream out) throws IOException {
            out.defaultWriteObject();
            out.writeInt(counts.size());
            for (LongLongCursor cursor : counts) {
                out.writeLong(cursor.key);
                out.writeLong(cursor.value);
            }
        }

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            int size = in.readInt();
            counts = new LongLongHashMap(size);
            for (int i = 0; i < size; i++) {
                counts.put(in.readLong(), in.readLong());
            }
        }
    }
}
