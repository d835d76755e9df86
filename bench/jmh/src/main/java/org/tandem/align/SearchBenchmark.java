package org.tandem.align;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tandem.segment.Segment;

/**
 * The aligner's hot paths on one segmented pair: one band search of the main pass (the cost model with
 * the pair's own statistics, the band around its anchors), the overlap count alone over the same
 * band, and a whole alignment without a lexicon. Each on one thread and on two.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SearchBenchmark {
    @Param("")
    public String source;

    @Param("")
    public String target;

    @Param({"1", "2"})
    public int threads;

    private List<Segment> sourceSegments;
    private List<Segment> targetSegments;
    private BeadCostModel model;
    private KeyOverlap overlap;
    private SearchBand band;
    private BeadShape[] shapes;

    @Setup
    public void setUp() throws IOException {
        sourceSegments = Segment.ofLines(Files.readAllLines(Path.of(source), StandardCharsets.UTF_8));
        targetSegments = Segment.ofLines(Files.readAllLines(Path.of(target), StandardCharsets.UTF_8));
        AlignerOptions options = AlignerOptions.defaults();
        AlignmentParameters params = new Aligner(options, threads)
                .align(sourceSegments, "en", targetSegments, "nl").parameters();
        LexicalKeys keys = new LexicalKeys(options.keyPrefixLength(), options.lexicon());
        List<SegmentProfile> sp = keys.profileSource(sourceSegments, "en");
        List<SegmentProfile> tp = keys.profileTarget(targetSegments, "nl");
        float[] weights = Aligner.keyWeights(sp, tp, keys.vocabularySize());
        model = new BeadCostModel(sp, tp, weights, params, options.tuning().cost(), false);
        overlap = new KeyOverlap(sp, tp, weights, new SideSums(sp, weights), new SideSums(tp, weights));
        band = SearchBand.around(AnchorFinder.find(sp, tp, keys.vocabularySize()), sp.size(), tp.size(),
                options.tuning().passes().initialBand());
        shapes = Aligner.shapes(3);
    }

    /** One run of the dynamic program over the main pass's first band. */
    @Benchmark
    public List<Bead> bandSearch() {
        return new PathSearch(model, shapes, band, threads).run();
    }

    /** The overlap of every 1-1, 1-2, 2-1 and 2-2 bead of the band: the search's innermost count. */
    @Benchmark
    public double overlapCount() {
        if (threads != 1) {
            return 0;
        }
        double sum = 0;
        for (int i = 2; i <= band.sourceSize(); i++) {
            for (int j = Math.max(2, band.lo(i)); j <= band.hi(i); j++) {
                for (int a = 1; a <= 2; a++) {
                    for (int b = 1; b <= 2; b++) {
                        sum += overlap.common(i - a, a, j - b, b);
                    }
                }
            }
        }
        return sum;
    }

    /** A whole alignment without a lexicon: profiles, anchors, the sample pass, both main searches. */
    @Benchmark
    public AlignmentResult align() {
        return new Aligner(AlignerOptions.defaults(), threads).align(sourceSegments, "en", targetSegments, "nl");
    }
}
