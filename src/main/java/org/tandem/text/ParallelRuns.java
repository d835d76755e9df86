package org.tandem.text;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Work over the items {@code 0..size-1} split into contiguous runs, one thread each, and the runs'
 * results put back together in item order: the result is the same whatever the thread count, as
 * long as each item's result depends on that item alone.
 */
public final class ParallelRuns {
    private ParallelRuns() {
    }

    /** The work on one run of items, {@code from} (inclusive) to {@code to}, in order. */
    @FunctionalInterface
    public interface Run<T> {
        List<T> apply(int from, int to);
    }

    /**
     * @param threads        the most threads to use, this one included
     * @param minItemsPerRun fewer items than this a thread are not worth a thread of their own
     * @param name           the threads' name, for a thread dump
     */
    public static <T> List<T> map(int size, int threads, int minItemsPerRun, String name, Run<T> work) {
        int runs = Math.max(1, Math.min(threads, size / Math.max(1, minItemsPerRun)));
        if (runs == 1) {
            return work.apply(0, size);
        }
        ExecutorService pool = Executors.newFixedThreadPool(runs - 1, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<List<T>>> later = new ArrayList<>();
            for (int r = 1; r < runs; r++) {
                int from = (int) ((long) size * r / runs);
                int to = (int) ((long) size * (r + 1) / runs);
                later.add(pool.submit(() -> work.apply(from, to)));
            }
            List<T> all = new ArrayList<>(size);
            all.addAll(work.apply(0, size / runs));
            for (Future<List<T>> run : later) {
                all.addAll(join(run));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
