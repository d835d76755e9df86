package org.tandem.align;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tandem.segment.Segment;

/**
 * The CPU time of {@code Aligner.align} on one thread (no lexicon) on a segmented pair, run 0 cold and
 * the others warm: thread CPU time holds still on a loaded machine where wall time does not. Uses only
 * the public API, so the same class measures an older jar too.
 * {@code java -cp bench/jmh/target/classes:target/tandem-0.1.0.jar org.tandem.align.AlignCpu SRC TGT RUNS LABEL}
 */
public class AlignCpu {
    public static void main(String[] args) throws Exception {
        List<Segment> s = Segment.ofLines(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8));
        List<Segment> t = Segment.ofLines(Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8));
        int runs = Integer.parseInt(args[2]);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int r = 0; r <= runs; r++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            int beads = new Aligner(AlignerOptions.defaults()).align(s, "en", t, "nl").aligned().size();
            long c1 = mx.getCurrentThreadCpuTime();
            long w1 = System.nanoTime();
            System.out.printf("%s run %d: %.2f s cpu %.2f s wall %d beads%n", args[3], r, (c1 - c0) / 1e9, (w1 - w0) / 1e9, beads);
        }
    }
}
