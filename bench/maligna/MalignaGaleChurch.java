import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import net.loomchild.maligna.calculator.length.NormalDistributionCalculator;
import net.loomchild.maligna.calculator.length.counter.CharCounter;
import net.loomchild.maligna.coretypes.Alignment;
import net.loomchild.maligna.coretypes.CategoryDefaults;
import net.loomchild.maligna.filter.aligner.align.AlignAlgorithm;
import net.loomchild.maligna.filter.aligner.align.hmm.adaptive.AdaptiveBandAlgorithm;
import net.loomchild.maligna.filter.aligner.align.hmm.viterbi.ViterbiAlgorithmFactory;

/**
 * maligna's Gale–Church aligner (Viterbi over a normal length model on characters, in an adaptive band,
 * with the best-category priors), as maligna's own "align -c viterbi -a normal -n char -s iterative-band"
 * runs it, on two files of one segment a line. Writes one "[source ids]:[target ids]" line a bead.
 */
public final class MalignaGaleChurch {
    public static void main(String[] args) throws IOException {
        List<String> source = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        List<String> target = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        AlignAlgorithm algorithm = new AdaptiveBandAlgorithm(new ViterbiAlgorithmFactory(),
                new NormalDistributionCalculator(new CharCounter()),
                AdaptiveBandAlgorithm.DEFAULT_INITIAL_BAND_RADIUS, AdaptiveBandAlgorithm.DEFAULT_BAND_INCREMENT_RATIO,
                AdaptiveBandAlgorithm.DEFAULT_MIN_BAND_MARGIN, CategoryDefaults.BEST_CATEGORY_MAP);
        List<Alignment> beads = algorithm.align(source, target);
        List<String> lines = new ArrayList<>(beads.size());
        int s = 0;
        int t = 0;
        for (Alignment bead : beads) {
            StringBuilder line = new StringBuilder("[");
            for (int k = 0; k < bead.getSourceSegmentList().size(); k++) {
                line.append(k == 0 ? "" : ",").append(s++);
            }
            line.append("]:[");
            for (int k = 0; k < bead.getTargetSegmentList().size(); k++) {
                line.append(k == 0 ? "" : ",").append(t++);
            }
            lines.add(line.append(']').toString());
        }
        Files.write(Path.of(args[2]), lines, StandardCharsets.UTF_8);
    }
}
