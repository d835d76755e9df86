package org.tandem.batch;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * Progress of one pass over a batch, reported as one line at most once a second (and once at the
 * end): documents done of the total, sentences (source segments) per second, the estimated time
 * left and the failures so far. Called from every worker thread.
 */
final class BatchProgress {
    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final String pass;
    private final int total;
    private final Consumer<String> out;
    private final long start = System.nanoTime();
    private long lastReport = start;
    private int done;
    private int failed;
    private long sentences;

    BatchProgress(String pass, int total, Consumer<String> out) {
        this.pass = pass;
        this.total = total;
        this.out = out;
    }

    synchronized void finished(DocumentOutcome outcome) {
        done++;
        sentences += outcome.sourceSegments();
        if (!outcome.succeeded()) {
            failed++;
        }
        long now = System.nanoTime();
        if (now - lastReport >= INTERVAL_NANOS || done == total) {
            lastReport = now;
            out.accept(line(now));
        }
    }

    private String line(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double perDocument = seconds / done;
        return String.format(Locale.ROOT, "%s: %d/%d documents, %.0f sentences/s, %s %s, %d failed",
                pass, done, total, sentences / seconds, done == total ? "took" : "ETA",
                duration(done == total ? seconds : perDocument * (total - done)), failed);
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60)
                : s + "s";
    }
}
