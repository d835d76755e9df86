package org.tandem;

import java.util.List;
import java.util.stream.Collectors;

import org.tandem.align.Bead;
import org.tandem.flag.FlaggedBead;
import org.tandem.segment.Segment;

/**
 * The result of aligning two documents: both segment lists and the beads over them, in order.
 * Every segment of each side lies in exactly one bead.
 */
public record Alignment(String name, String sourceLanguage, String targetLanguage,
                        List<Segment> source, List<Segment> target, List<FlaggedBead> beads) {
    public Alignment {
        source = List.copyOf(source);
        target = List.copyOf(target);
        beads = List.copyOf(beads);
    }

    public String sourceText(Bead bead) {
        return join(source.subList(bead.sourceStart(), bead.sourceEnd()));
    }

    public String targetText(Bead bead) {
        return join(target.subList(bead.targetStart(), bead.targetEnd()));
    }

    private static String join(List<Segment> segments) {
        return segments.stream().map(Segment::text).collect(Collectors.joining(" "));
    }
}
