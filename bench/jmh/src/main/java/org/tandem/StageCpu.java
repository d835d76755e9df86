package org.tandem;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tandem.align.*;
import org.tandem.segment.Segment;
import org.tandem.text.DocumentTokens;
import org.tandem.wordalign.DocumentWordAligner;
import org.tandem.wordalign.WordAlignments;
import org.tandem.flag.Flagger;

/**
 * The thread CPU time of word alignment and of flagging (with the built-in and FreeDict lexicons, one
 * thread) on a segmented pair, after one alignment; run 0 cold, the others warm. Uses only the public
 * API, so the same class measures an older jar too.
 * {@code java -cp bench/jmh/target/classes:target/tandem-0.1.0.jar org.tandem.StageCpu SRC TGT RUNS LABEL}
 */
public class StageCpu {
    public static void main(String[] args) throws Exception {
        List<Segment> s = Segment.ofLines(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8));
        List<Segment> t = Segment.ofLines(Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8));
        int runs = Integer.parseInt(args[2]);
        Lexicon lexicon = LexiconUnion.of(BuiltInLexicons.find("en", "nl").get().lexicon(), Dictionaries.find("en", "nl").get());
        TandemOptions options = TandemOptions.defaults();
        AlignerOptions ao = AlignerOptions.defaults().withLexicon(lexicon);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        AlignmentResult result = new Aligner(ao, 1).align(s, "en", t, "nl");
        for (int r = 0; r <= runs; r++) {
            long c0 = mx.getCurrentThreadCpuTime();
            DocumentTokens tokens = Flagger.tokens(s, t);
            long c1 = mx.getCurrentThreadCpuTime();
            WordAlignments words = new DocumentWordAligner("en", "nl", lexicon, options.flagging().words()).align(result, tokens, 1);
            long c2 = mx.getCurrentThreadCpuTime();
            Flagger flagger = new Flagger("en", "nl", options.flagging());
            var names = flagger.names(tokens);
            long c3 = mx.getCurrentThreadCpuTime();
            int flagged = flagger.flag(result, tokens, words, names, 1).size();
            long c4 = mx.getCurrentThreadCpuTime();
            System.out.printf("%s run %d: tokens %.2f wordalign %.2f names %.2f flag %.2f s (%d)%n", args[3], r,
                (c1 - c0) / 1e9, (c2 - c1) / 1e9, (c3 - c2) / 1e9, (c4 - c3) / 1e9, flagged);
        }
    }
}
