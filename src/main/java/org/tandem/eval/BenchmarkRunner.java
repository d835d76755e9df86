package org.tandem.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.tandem.Tandem;
import org.tandem.extract.LanguageIdentifier;
import org.tandem.flag.Alignment;
import org.tandem.flag.Flag;
import org.tandem.flag.FlaggedBead;
import org.tandem.input.BadInputException;
import org.tandem.segment.Segment;
import org.tandem.write.OutputFormat;
import org.tandem.write.Writers;

/**
 * Aligns every document of a benchmark directory ({@link BenchmarkDocument}) with one {@link Tandem}
 * and pools the scores over all documents.
 */
public final class BenchmarkRunner {

    /** Segmented runs align the gold segments; end-to-end runs let Tandem read and segment the paragraph text. */
    public enum Mode { SEGMENTED, END_TO_END }

    private final Tandem tandem;
    private final Mode mode;
    private final String sourceLanguage;
    private final String targetLanguage;
    private final Path output;
    private boolean batchLexicon;
    private int lexiconGroup = Integer.MAX_VALUE;
    private Path errors;
    private final StringBuilder errorText = new StringBuilder();

    /**
     * @param tandem   set up for the mode: segmented or not, with the languages for end-to-end runs
     * @param sourceLanguage for segmented runs; {@code null} to detect it from each document
     * @param output   directory for one {@code NAME.jsonl} per document, or {@code null}
     */
    public BenchmarkRunner(Tandem tandem, Mode mode, String sourceLanguage, String targetLanguage, Path output) {
        this.tandem = tandem;
        this.mode = mode;
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
        this.output = output;
    }

    /**
     * Aligns every document twice: the second pass uses the word translations learned from the first
     * pass's confident beads over the whole batch ({@link Tandem#learnLexicon}).
     */
    public BenchmarkRunner withBatchLexicon(boolean learn) {
        this.batchLexicon = learn;
        return this;
    }

    /**
     * With the batch lexicon, learns it within consecutive groups of {@code documents} documents (in
     * name order) instead of across all: how a corpus of that size would fare, which is how
     * {@code tandem batch}'s minimum for the lexicon pass is measured.
     */
    public BenchmarkRunner withLexiconGroups(int documents) {
        if (documents < 1) {
            throw new BadInputException("--lexicon-group must be at least 1, not " + documents);
        }
        this.lexiconGroup = documents;
        return this;
    }

    /**
     * Also writes {@code file}: every stretch where Tandem's beads differ from the gold, with both
     * alignments and the segments' texts ({@link BeadErrors}). Segmented runs only, whose beads are in
     * the gold's ids.
     */
    public BenchmarkRunner withErrors(Path file) {
        if (mode != Mode.SEGMENTED) {
            throw new BadInputException("--errors lists beads in the gold's segment ids: it needs a segmented run");
        }
        this.errors = file;
        return this;
    }

    public BenchmarkResult run(Path directory) throws IOException {
        long start = System.nanoTime();
        List<BenchmarkDocument> documents = BenchmarkDocument.list(directory);
        if (documents.isEmpty()) {
            throw new BadInputException(directory + ": no benchmark documents (NAME.src with NAME.tgt and NAME.gold)");
        }
        if (output != null) {
            Files.createDirectories(output);
        }
        List<Alignment> firstPass = new ArrayList<>();
        List<Tandem> second = new ArrayList<>();
        if (batchLexicon) {
            for (BenchmarkDocument document : documents) {
                firstPass.add(align(document, lines(document.source()), lines(document.target())));
            }
            for (int first = 0; first < documents.size(); first += lexiconGroup) {
                List<Alignment> group = firstPass.subList(first, (int) Math.min(documents.size(), (long) first + lexiconGroup));
                second.add(tandem.withLexicon(Tandem.learnLexicon(group)));
            }
        }
        EvalScores pooled = null;
        BenchmarkResult.CleanPairs[] clean = {BenchmarkResult.CleanPairs.none()};
        Map<String, BenchmarkResult.Recall> byDamage = new TreeMap<>();
        List<String> warnings = new ArrayList<>();
        for (int k = 0; k < documents.size(); k++) {
            BenchmarkDocument document = documents.get(k);
            List<String> sourceLines = lines(document.source());
            List<String> targetLines = lines(document.target());
            Alignment alignment = batchLexicon ? second.get(k / lexiconGroup).realign(firstPass.get(k))
                    : align(document, sourceLines, targetLines);
            EvalScores scores = score(document, sourceLines, targetLines, alignment, byDamage, clean, warnings);
            pooled = pooled == null ? scores : pooled.plus(scores);
        }
        if (errors != null) {
            byte[] text = errorText.toString().getBytes(StandardCharsets.UTF_8);
            org.tandem.write.AtomicOutputs.writeFile(errors, out -> out.write(text));
        }
        return new BenchmarkResult(documents.size(), pooled, byDamage, clean[0], (System.nanoTime() - start) / 1e9,
                warnings);
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    private EvalScores score(BenchmarkDocument document, List<String> sourceLines, List<String> targetLines,
                             Alignment alignment, Map<String, BenchmarkResult.Recall> byDamage,
                             BenchmarkResult.CleanPairs[] clean, List<String> warnings) throws IOException {
        if (output != null) {
            try (OutputStream out = Files.newOutputStream(output.resolve(document.name() + ".jsonl"))) {
                Writers.forFormat(OutputFormat.JSONL).write(alignment, out);
            }
        }
        List<IdBead> gold = BeadFile.read(document.gold());
        List<LabelledBead> test = labelled(alignment);
        Optional<List<GoldFlag>> goldFlags = Files.exists(document.flags())
                ? Optional.of(GoldFlagFile.read(document.flags())) : Optional.empty();
        FlagIds testFlags = FlagIds.ofPrediction(test);
        if (mode == Mode.END_TO_END) {
            CharacterPieces source = CharacterPieces.of(sourceLines, texts(alignment.source()));
            CharacterPieces target = CharacterPieces.of(targetLines, texts(alignment.target()));
            if (!source.sameLength() || !target.sameLength()) {
                warnings.add(document.name() + ": Tandem's segments do not hold the gold's characters; scores shift");
            }
            gold = gold.stream().map(bead -> source.goldBead(bead, target)).toList();
            List<IdBead> testBeads = test.stream().map(bead -> source.testBead(bead.bead(), target)).toList();
            testFlags = testFlags.mapped(source::testPieces, target::testPieces);
            goldFlags = goldFlags.map(flags -> flags.stream().map(flag -> new GoldFlag(flag.kind(), flag.damage(),
                    flatten(flag.sourceIds(), source::goldPieces), flatten(flag.targetIds(), target::goldPieces)))
                    .toList());
            clean[0] = clean[0].plus(cleanPairs(gold, goldFlags, testFlags, null));
            return scores(gold, testBeads, goldFlags, testFlags, byDamage);
        }
        clean[0] = clean[0].plus(cleanPairs(gold, goldFlags, testFlags, test));
        if (errors != null) {
            errorText.append(BeadErrors.describe(document.name(), gold, test, sourceLines, targetLines));
        }
        return scores(gold, AlignmentFile.beads(test), goldFlags, testFlags, byDamage);
    }

    /**
     * The gold pairs that no gold flag touches, and those of them with a flag of the aligner on their
     * ids; with {@code test} beads in the gold's ids (segmented runs), also which flag kinds.
     */
    static BenchmarkResult.CleanPairs cleanPairs(List<IdBead> gold, Optional<List<GoldFlag>> goldFlags,
                                                 FlagIds testFlags, List<LabelledBead> test) {
        if (goldFlags.isEmpty()) {
            return BenchmarkResult.CleanPairs.none();
        }
        Set<Integer> damagedSource = new java.util.HashSet<>();
        Set<Integer> damagedTarget = new java.util.HashSet<>();
        goldFlags.get().forEach(flag -> {
            damagedSource.addAll(flag.sourceIds());
            damagedTarget.addAll(flag.targetIds());
        });
        Set<Integer> cleanSource = new java.util.HashSet<>();
        Set<Integer> cleanTarget = new java.util.HashSet<>();
        int total = 0;
        int flagged = 0;
        for (IdBead bead : gold) {
            if (!bead.isTwoSided() || bead.sourceIds().stream().anyMatch(damagedSource::contains)
                    || bead.targetIds().stream().anyMatch(damagedTarget::contains)) {
                continue;
            }
            total++;
            cleanSource.addAll(bead.sourceIds());
            cleanTarget.addAll(bead.targetIds());
            if (bead.sourceIds().stream().anyMatch(testFlags.of(FlagClass.OMISSION)::contains)
                    || bead.targetIds().stream().anyMatch(id -> testFlags.of(FlagClass.ADDITION).contains(id)
                            || testFlags.of(FlagClass.DRIFT).contains(id))) {
                flagged++;
            }
        }
        Map<String, Integer> byFlag = new TreeMap<>();
        if (test != null) {
            for (LabelledBead bead : test) {
                boolean onClean = bead.bead().sourceIds().stream().anyMatch(cleanSource::contains)
                        || bead.bead().targetIds().stream().anyMatch(cleanTarget::contains);
                if (onClean) {
                    bead.flags().stream().distinct().forEach(kind -> byFlag.merge(kind.label(), 1, Integer::sum));
                }
            }
        }
        return new BenchmarkResult.CleanPairs(flagged, total, byFlag);
    }

    private static EvalScores scores(List<IdBead> gold, List<IdBead> test, Optional<List<GoldFlag>> goldFlags,
                                     FlagIds testFlags, Map<String, BenchmarkResult.Recall> byDamage) {
        goldFlags.ifPresent(flags -> {
            for (GoldFlag flag : flags) {
                Set<Integer> flagged = testFlags.of(flag.kind());
                int found = (int) flag.scoredIds().stream().filter(flagged::contains).count();
                byDamage.merge(flag.damage().isEmpty() ? flag.kind().label() : flag.damage(),
                        new BenchmarkResult.Recall(found, flag.scoredIds().size()), BenchmarkResult.Recall::plus);
            }
        });
        return new EvalScores(BeadScores.compare(gold, test),
                goldFlags.map(flags -> FlagScores.compare(FlagIds.ofGold(flags), testFlags)));
    }

    private Alignment align(BenchmarkDocument document, List<String> sourceLines, List<String> targetLines) {
        if (mode == Mode.END_TO_END) {
            return tandem.align(document.sourceText(), document.targetText());
        }
        return tandem.align(Segment.ofLines(sourceLines), language(sourceLanguage, sourceLines, document.source()),
                Segment.ofLines(targetLines), language(targetLanguage, targetLines, document.target()), document.name());
    }

    private static List<LabelledBead> labelled(Alignment alignment) {
        List<LabelledBead> beads = new ArrayList<>();
        for (FlaggedBead bead : alignment.beads()) {
            beads.add(new LabelledBead(IdBead.of(bead.bead()), bead.flags().stream().map(Flag::kind).toList()));
        }
        return beads;
    }

    private static List<String> texts(List<Segment> segments) {
        return segments.stream().map(Segment::text).toList();
    }

    private static List<Integer> flatten(List<Integer> ids, java.util.function.IntFunction<List<Integer>> pieces) {
        List<Integer> all = new ArrayList<>();
        ids.forEach(id -> all.addAll(pieces.apply(id)));
        return all;
    }

    private static String language(String declared, List<String> lines, Path file) {
        if (declared != null) {
            return declared;
        }
        return new LanguageIdentifier().identify(String.join("\n", lines)).orElseThrow(() ->
                new BadInputException(file + ": cannot tell its language; give it with --source-lang/--target-lang"));
    }
}
