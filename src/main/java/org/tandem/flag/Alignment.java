package org.tandem.flag;

import java.util.List;

import org.tandem.align.Bead;
import org.tandem.segment.Segment;
import org.tandem.text.SetAsideText;

/**
 * The result of aligning two documents: both segment lists and the beads over them, in order.
 * Every segment of each side lies in exactly one bead. What extraction kept out of either document
 * (page headers and footers) comes along, so that it is counted and listed, not lost.
 */
public record Alignment(String name, String sourceLanguage, String targetLanguage,
                        List<Segment> source, List<Segment> target, List<FlaggedBead> beads,
                        List<SetAsideText> sourceSetAside, List<SetAsideText> targetSetAside) {
    /** An alignment of documents of which nothing was set aside. */
    public Alignment(String name, String sourceLanguage, String targetLanguage,
                     List<Segment> source, List<Segment> target, List<FlaggedBead> beads) {
        this(name, sourceLanguage, targetLanguage, source, target, beads, List.of(), List.of());
    }

    /**
     * @throws IllegalArgumentException if segment ids are not 0, 1, 2, … in order, or the beads do not
     *         cover every segment of both sides exactly once, in order: the outputs promise both
     */
    public Alignment {
        source = List.copyOf(source);
        target = List.copyOf(target);
        beads = List.copyOf(beads);
        sourceSetAside = List.copyOf(sourceSetAside);
        targetSetAside = List.copyOf(targetSetAside);
        checkIds(source, "source");
        checkIds(target, "target");
        int nextSource = 0;
        int nextTarget = 0;
        for (FlaggedBead flagged : beads) {
            Bead bead = flagged.bead();
            if (bead.sourceStart() != nextSource || bead.targetStart() != nextTarget) {
                throw new IllegalArgumentException("beads must cover the segments in order; " + bead
                        + " does not start at source " + nextSource + ", target " + nextTarget);
            }
            nextSource = bead.sourceEnd();
            nextTarget = bead.targetEnd();
        }
        if (nextSource != source.size() || nextTarget != target.size()) {
            throw new IllegalArgumentException("beads cover " + nextSource + " of " + source.size()
                    + " source and " + nextTarget + " of " + target.size() + " target segments");
        }
    }

    private static void checkIds(List<Segment> segments, String side) {
        for (int k = 0; k < segments.size(); k++) {
            if (segments.get(k).id() != k) {
                throw new IllegalArgumentException(side + " segment " + k + " has id " + segments.get(k).id());
            }
        }
    }

    /** The same alignment under another name (the base name of its output files). */
    public Alignment withName(String newName) {
        return new Alignment(newName, sourceLanguage, targetLanguage, source, target, beads, sourceSetAside,
                targetSetAside);
    }

    /** The same alignment with what extraction set aside from each document. */
    public Alignment withSetAside(List<SetAsideText> fromSource, List<SetAsideText> fromTarget) {
        return new Alignment(name, sourceLanguage, targetLanguage, source, target, beads, fromSource, fromTarget);
    }

    public String sourceText(Bead bead) {
        return Segment.join(source.subList(bead.sourceStart(), bead.sourceEnd()));
    }

    public String targetText(Bead bead) {
        return Segment.join(target.subList(bead.targetStart(), bead.targetEnd()));
    }

}
