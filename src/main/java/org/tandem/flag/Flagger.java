package org.tandem.flag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tandem.align.AlignedBead;
import org.tandem.align.AlignmentResult;
import org.tandem.align.Bead;
import org.tandem.align.BeadEvidence;
import org.tandem.segment.Segment;
import org.tandem.text.DocumentTokens;
import org.tandem.text.ParallelRuns;
import org.tandem.text.SegmentTokens;
import org.tandem.wordalign.WordAlignments;

/** Turns the aligner's beads into flagged beads: omissions, additions and drift, each with a reason. */
public final class Flagger {
    /** Fewer beads than this a thread are not worth a thread of their own. */
    private static final int MIN_BEADS_PER_THREAD = 500;
    private final String sourceLanguage;
    private final String targetLanguage;
    private final FlagTuning tuning;

    public Flagger(String sourceLanguage, String targetLanguage) {
        this(sourceLanguage, targetLanguage, FlagTuning.defaults());
    }

    public Flagger(String sourceLanguage, String targetLanguage, FlagTuning tuning) {
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
        this.tuning = tuning;
    }

    public List<FlaggedBead> flag(AlignmentResult result, List<Segment> source, List<Segment> target) {
        return flag(result, source, target, WordAlignments.none(result.beads().size()));
    }

    /** As {@link #flag(AlignmentResult, List, List)}, with the word alignment inside each bead as evidence. */
    public List<FlaggedBead> flag(AlignmentResult result, List<Segment> source, List<Segment> target,
                                  WordAlignments words) {
        DocumentTokens tokens = tokens(source, target);
        return flag(result, tokens, words, names(tokens), 1);
    }

    /**
     * The names each document uses and how it writes them, which the name check compares against. It
     * needs only the segments, so a caller may build it while the aligner runs.
     */
    public DocumentNames names(List<Segment> source, List<Segment> target) {
        return names(tokens(source, target));
    }

    /** As {@link #names(List, List)}, from segments already tokenized. */
    public DocumentNames names(DocumentTokens tokens) {
        return new DocumentNames(index(new NameExtractor(sourceLanguage), tokens.source()),
                index(new NameExtractor(targetLanguage), tokens.target()));
    }

    /** Each segment of both sides tokenized once, for the name index, the word aligner and every check. */
    public static DocumentTokens tokens(List<Segment> source, List<Segment> target) {
        return DocumentTokens.of(texts(source), texts(target));
    }

    private static List<String> texts(List<Segment> segments) {
        return segments.stream().map(Segment::text).toList();
    }

    /**
     * As {@link #flag(AlignmentResult, List, List, WordAlignments)}, on {@code threads} threads: each
     * thread flags a contiguous run of beads with checks of its own (their tokenizers are not
     * thread-safe). A bead's flags depend on the bead and the documents only, so the result is the
     * same whatever the thread count.
     */
    public List<FlaggedBead> flag(AlignmentResult result, List<Segment> source, List<Segment> target,
                                  WordAlignments words, DocumentNames names, int threads) {
        return flag(result, tokens(source, target), words, names, threads, MIN_BEADS_PER_THREAD);
    }

    /**
     * As {@link #flag(AlignmentResult, List, List, WordAlignments, DocumentNames, int)}, with the
     * segments already tokenized ({@link #tokens}): each segment is tokenized once for every check.
     */
    public List<FlaggedBead> flag(AlignmentResult result, DocumentTokens tokens, WordAlignments words,
                                  DocumentNames names, int threads) {
        return flag(result, tokens, words, names, threads, MIN_BEADS_PER_THREAD);
    }

    List<FlaggedBead> flag(AlignmentResult result, List<Segment> source, List<Segment> target,
                           WordAlignments words, DocumentNames names, int threads, int minBeadsPerThread) {
        return flag(result, tokens(source, target), words, names, threads, minBeadsPerThread);
    }

    List<FlaggedBead> flag(AlignmentResult result, DocumentTokens tokens, WordAlignments words,
                           DocumentNames names, int threads, int minBeadsPerThread) {
        SegmentTokens source = tokens.source();
        SegmentTokens target = tokens.target();
        DocumentContext document = new DocumentContext(sourceLanguage, targetLanguage, result.parameters(),
                result.typicalSimilarity(), names.source(), names.target(), oneToOneCount(result.beads()), tuning);
        return ParallelRuns.map(result.aligned().size(), threads, minBeadsPerThread, "tandem-flag",
                (from, to) -> flagRange(result, source, target, words, document, from, to));
    }

    private List<FlaggedBead> flagRange(AlignmentResult result, SegmentTokens source, SegmentTokens target,
                                        WordAlignments words, DocumentContext document, int from, int to) {
        List<BeadCheck> checks = new ArrayList<>(List.of(
                new NumberCheck(sourceLanguage, targetLanguage),
                new NameCheck(new NameExtractor(sourceLanguage), new NameExtractor(targetLanguage)),
                LengthRatioCheck.forDocument(result.beads(), words, tuning.length()),
                new SimilarityCheck(),
                new UntranslatedCheck(sourceLanguage, targetLanguage)));
        checks.addAll(CoverageCheck.forDocument(result.beads(), words, tuning));
        List<FlaggedBead> flagged = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            AlignedBead aligned = result.aligned().get(k);
            Bead bead = aligned.bead();
            BeadEvidence evidence = aligned.evidence();
            if (!bead.isTwoSided() && (words.isMoved(k) || LanguagelessText.isLanguageless(bead.isOmission()
                    ? source.span(bead.sourceStart(), bead.sourceEnd()).text()
                    : target.span(bead.targetStart(), bead.targetEnd()).text()))) {
                flagged.add(new FlaggedBead(bead, BeadScore.oneSided(evidence, document), List.of()));
            } else if (bead.isOmission()) {
                flagged.add(oneSided(bead, evidence, document, FlagKind.OMISSION,
                        "no target text corresponds to this source text"));
            } else if (bead.isAddition()) {
                flagged.add(oneSided(bead, evidence, document, FlagKind.ADDITION,
                        "no source text corresponds to this target text"));
            } else {
                BeadContext context = new BeadContext(bead, evidence,
                        source.span(bead.sourceStart(), bead.sourceEnd()),
                        target.span(bead.targetStart(), bead.targetEnd()), document,
                        () -> source.around(bead.sourceStart(), bead.sourceEnd()),
                        () -> target.around(bead.targetStart(), bead.targetEnd()),
                        words.get(k), words.isConfident(k));
                List<Flag> flags = new ArrayList<>();
                for (BeadCheck check : checks) {
                    check.check(context).ifPresent(flags::add);
                }
                flagged.add(new FlaggedBead(bead, BeadScore.twoSided(evidence, document,
                        flags.stream().mapToDouble(Flag::weight).sum()), flags,
                        words.get(k)));
            }
        }
        return flagged;
    }

    private static int oneToOneCount(List<Bead> beads) {
        return (int) beads.stream().filter(Bead::isOneToOne).count();
    }

    private static FlaggedBead oneSided(Bead bead, BeadEvidence evidence, DocumentContext document,
                                        FlagKind kind, String what) {
        String reason = String.format(Locale.ROOT, "%s (best overlap with nearby %s text %.2f, typical pair %.2f)",
                what, kind == FlagKind.OMISSION ? "target" : "source", evidence.bestNeighbourSimilarity(),
                document.typicalSimilarity());
        return new FlaggedBead(bead, BeadScore.oneSided(evidence, document), List.of(new Flag(kind, reason)));
    }

    private static NameIndex index(NameExtractor extractor, SegmentTokens segments) {
        NameIndex index = new NameIndex();
        for (int k = 0; k < segments.size(); k++) {
            extractor.index(segments.segment(k), index);
        }
        return index;
    }
}
