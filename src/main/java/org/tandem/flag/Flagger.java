package org.tandem.flag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tandem.align.AlignedBead;
import org.tandem.align.AlignmentResult;
import org.tandem.align.Bead;
import org.tandem.align.BeadEvidence;
import org.tandem.segment.Segment;
import org.tandem.wordalign.WordAlignments;

/** Turns the aligner's beads into flagged beads: omissions, additions and drift, each with a reason. */
public final class Flagger {
    private final String sourceLanguage;
    private final String targetLanguage;

    public Flagger(String sourceLanguage, String targetLanguage) {
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
    }

    public List<FlaggedBead> flag(AlignmentResult result, List<Segment> source, List<Segment> target) {
        return flag(result, source, target, WordAlignments.none(result.beads().size()));
    }

    /** As {@link #flag(AlignmentResult, List, List)}, with the word alignment inside each bead as evidence. */
    public List<FlaggedBead> flag(AlignmentResult result, List<Segment> source, List<Segment> target,
                                  WordAlignments words) {
        NameExtractor sourceNames = new NameExtractor(sourceLanguage);
        NameExtractor targetNames = new NameExtractor(targetLanguage);
        DocumentContext document = new DocumentContext(sourceLanguage, targetLanguage, result.parameters(),
                result.typicalSimilarity(), index(sourceNames, source), index(targetNames, target),
                oneToOneCount(result.beads()));
        List<BeadCheck> checks = List.of(
                new NumberCheck(sourceLanguage, targetLanguage),
                new NameCheck(sourceNames, targetNames),
                new LengthRatioCheck(),
                new SimilarityCheck(),
                new UntranslatedCheck(sourceLanguage, targetLanguage));

        List<FlaggedBead> flagged = new ArrayList<>(result.aligned().size());
        for (int k = 0; k < result.aligned().size(); k++) {
            AlignedBead aligned = result.aligned().get(k);
            Bead bead = aligned.bead();
            BeadEvidence evidence = aligned.evidence();
            if (bead.isOmission()) {
                flagged.add(oneSided(bead, evidence, document, FlagKind.OMISSION,
                        "no target text corresponds to this source text"));
            } else if (bead.isAddition()) {
                flagged.add(oneSided(bead, evidence, document, FlagKind.ADDITION,
                        "no source text corresponds to this target text"));
            } else {
                BeadContext context = new BeadContext(bead, evidence,
                        Segment.join(source.subList(bead.sourceStart(), bead.sourceEnd())),
                        Segment.join(target.subList(bead.targetStart(), bead.targetEnd())), document,
                        around(source, bead.sourceStart(), bead.sourceEnd()), around(target, bead.targetStart(), bead.targetEnd()),
                        words.get(k), words.isConfident(k));
                List<Flag> flags = new ArrayList<>();
                for (BeadCheck check : checks) {
                    check.check(context).ifPresent(flags::add);
                }
                flagged.add(new FlaggedBead(bead, BeadScore.twoSided(evidence, document, flags.size()), flags,
                        words.get(k)));
            }
        }
        return flagged;
    }

    private static int oneToOneCount(List<Bead> beads) {
        return (int) beads.stream().filter(Bead::isOneToOne).count();
    }

    private static String around(List<Segment> side, int start, int end) {
        String before = start > 0 ? side.get(start - 1).text() : "";
        String after = end < side.size() ? side.get(end).text() : "";
        return before + "\n" + after;
    }

    private static FlaggedBead oneSided(Bead bead, BeadEvidence evidence, DocumentContext document,
                                        FlagKind kind, String what) {
        String reason = String.format(Locale.ROOT, "%s (best overlap with nearby %s text %.2f, typical pair %.2f)",
                what, kind == FlagKind.OMISSION ? "target" : "source", evidence.bestNeighbourSimilarity(),
                document.typicalSimilarity());
        return new FlaggedBead(bead, BeadScore.oneSided(evidence, document), List.of(new Flag(kind, reason)));
    }

    private static NameIndex index(NameExtractor extractor, List<Segment> segments) {
        NameIndex index = new NameIndex();
        for (Segment segment : segments) {
            extractor.index(segment.text(), index);
        }
        return index;
    }
}
