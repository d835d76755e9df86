package org.tandem.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tandem.align.Aligner;
import org.tandem.align.AlignerOptions;
import org.tandem.align.AlignmentResult;
import org.tandem.segment.Segment;
import org.tandem.wordalign.WordAlignments;

class ParallelFlaggingTest {
    @Test
    void beadsFlaggedOnSeveralThreadsGetExactlyTheFlagsOfOneThread() throws IOException {
        List<Segment> source = Segment.ofLines(lines("seeds/lavrov-newsweek-2022.en.txt"));
        List<Segment> target = Segment.ofLines(lines("seeds/000_1bcc9f068a6e245e.txt"));
        AlignmentResult result = new Aligner(AlignerOptions.defaults()).align(source, "en", target, "nl");
        Flagger flagger = new Flagger("en", "nl");
        WordAlignments none = WordAlignments.none(result.aligned().size());
        List<FlaggedBead> one = flagger.flag(result, source, target, none, flagger.names(source, target), 1, 10);
        List<FlaggedBead> four = flagger.flag(result, source, target, none, flagger.names(source, target), 4, 10);
        assertTrue(one.stream().filter(b -> !b.flags().isEmpty()).count() > 5, "flags to compare");
        assertEquals(one, four);
    }

    private static List<String> lines(String file) throws IOException {
        return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }
}
