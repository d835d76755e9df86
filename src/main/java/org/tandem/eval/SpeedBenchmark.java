package org.tandem.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.tandem.Tandem;
import org.tandem.TandemOptions;
import org.tandem.flag.Alignment;
import org.tandem.segment.Segment;

/**
 * Times alignment of long document pairs built from a real parallel corpus: its documents repeated
 * in a shuffled order until the size is reached, with about 2% of the target sentences dropped and
 * 2% inserted from elsewhere, so that the search meets omissions and additions as in real work.
 */
public final class SpeedBenchmark {
    private static final double DAMAGE = 0.02;

    private SpeedBenchmark() {
    }

    /** One measured run. */
    public record Run(int sourceSegments, int targetSegments, double seconds, long peakHeapBytes, long peakRssBytes,
                      int beads) {
        public double sentencesPerSecond() {
            return (sourceSegments + targetSegments) / seconds;
        }
    }

    /** A long damaged pair: segments of both sides, numbered 0, 1, 2, … */
    public record Pair(List<Segment> source, List<Segment> target) {
    }

    /** The pair {@link #run} aligns: the same corpus, size and seed give the same pair. */
    public static Pair pair(ParallelCorpus corpus, int size, long seed) {
        Random random = new Random(seed);
        List<Segment> source = new ArrayList<>();
        List<Segment> target = new ArrayList<>();
        List<ParallelCorpus.ParallelDocument> documents = new ArrayList<>(corpus.documents());
        while (source.size() < size) {
            Collections.shuffle(documents, random);
            for (ParallelCorpus.ParallelDocument document : documents) {
                for (int k = 0; k < document.source().size() && source.size() < size; k++) {
                    source.add(new Segment(source.size(), document.source().get(k), source.size()));
                    double roll = random.nextDouble();
                    if (roll < DAMAGE) {
                        continue;
                    }
                    if (roll < 2 * DAMAGE) {
                        ParallelCorpus.ParallelDocument other = documents.get(random.nextInt(documents.size()));
                        String inserted = other.target().get(random.nextInt(other.target().size()));
                        target.add(new Segment(target.size(), inserted, target.size()));
                    }
                    target.add(new Segment(target.size(), document.target().get(k), target.size()));
                }
            }
        }
        return new Pair(source, target);
    }

    /** Writes the pair as {@code SIZE.src.txt} and {@code SIZE.tgt.txt}, one segment a line, for other aligners. */
    public static void save(Pair pair, Path directory) throws IOException {
        Files.createDirectories(directory);
        int size = pair.source().size();
        Files.write(directory.resolve(size + ".src.txt"), pair.source().stream().map(Segment::text).toList(),
                StandardCharsets.UTF_8);
        Files.write(directory.resolve(size + ".tgt.txt"), pair.target().stream().map(Segment::text).toList(),
                StandardCharsets.UTF_8);
    }

    public static Run run(ParallelCorpus corpus, int size, long seed, String sourceLanguage, String targetLanguage) {
        Pair pair = pair(corpus, size, seed);
        List<Segment> source = pair.source();
        List<Segment> target = pair.target();
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        Alignment alignment = new Tandem(TandemOptions.defaults())
                .align(source, sourceLanguage, target, targetLanguage, "speed-" + size);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(source.size(), target.size(), seconds, peakHeap(), peakRss(), alignment.beads().size());
    }

    /**
     * The median, fastest and slowest time of repeated runs of one size, and the largest peak heap.
     * On a shared machine single runs vary by a fifth or more; the median is the number to compare.
     */
    public static String summary(List<Run> runs) {
        double[] seconds = runs.stream().mapToDouble(Run::seconds).sorted().toArray();
        int n = seconds.length;
        double median = n % 2 == 1 ? seconds[n / 2] : (seconds[n / 2 - 1] + seconds[n / 2]) / 2;
        long heap = runs.stream().mapToLong(Run::peakHeapBytes).max().orElse(0);
        return String.format(Locale.ROOT, "%,9d source  median %.2f s  fastest %.2f s  slowest %.2f s  over %d runs"
                        + "  peak heap at most %,d MB",
                runs.get(0).sourceSegments(), median, seconds[0], seconds[n - 1], n, heap >> 20);
    }

    public static String format(Run run) {
        return String.format(Locale.ROOT, "%,9d source %,9d target  %7.2f s  %,10.0f sentences/s  peak heap %,6d MB  peak RSS %,6d MB  %,d beads",
                run.sourceSegments(), run.targetSegments(), run.seconds(), run.sentencesPerSecond(),
                run.peakHeapBytes() >> 20, run.peakRssBytes() >> 20, run.beads());
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks since the last reset: an upper bound on live heap during the run. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** The process's resident-set high-water mark (Linux), or -1 where /proc is absent. */
    private static long peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
