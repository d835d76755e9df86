package org.tandem.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.eval.ParallelCorpus.ParallelDocument;

class BenchmarkMakerTest {
    private static final ParallelCorpus CORPUS = TinyCorpus.create(8, 30);
    private static final BenchmarkMaker MAKER = new BenchmarkMaker(DamageRates.defaults(), "nl");
    private static final BenchmarkMaker CUELESS = new BenchmarkMaker(DamageScheme.CUELESS, "nl");
    private static final ParallelCorpus NEWS = NewsCorpus.create();

    @TempDir
    Path temp;

    @Test
    void sameSeedSameBenchmarkOtherSeedOtherBenchmark() {
        assertEquals(MAKER.damage(CORPUS, 7), MAKER.damage(CORPUS, 7));
        assertNotEquals(MAKER.damage(CORPUS, 7), MAKER.damage(CORPUS, 8));
    }

    @Test
    void goldCoversEverySegmentOnceInOrder() {
        for (DamagedDocument document : MAKER.damage(CORPUS, 3)) {
            List<Integer> source = document.gold().stream().flatMap(b -> b.sourceIds().stream()).toList();
            List<Integer> target = document.gold().stream().flatMap(b -> b.targetIds().stream()).toList();
            assertEquals(IntStream.range(0, document.source().size()).boxed().toList(), source, document.name());
            assertEquals(IntStream.range(0, document.target().size()).boxed().toList(), target, document.name());
            assertTrue(document.gold().stream().noneMatch(b -> b.sourceIds().isEmpty() && b.targetIds().isEmpty()));
        }
    }

    @Test
    void everyDamageKindAppears() {
        Set<Damage> seen = EnumSet.noneOf(Damage.class);
        MAKER.damage(CORPUS, 3).forEach(document -> seen.addAll(document.damages()));
        assertEquals(DamageScheme.SURFACE.kinds(), seen);
    }

    @Test
    void theCuelessSchemeAppliesEachOfItsKindsAndLabelsTheGoldFlagsWithThem() {
        Set<Damage> seen = EnumSet.noneOf(Damage.class);
        Set<String> labels = new java.util.HashSet<>();
        for (DamagedDocument document : CUELESS.damage(NEWS, 4)) {
            seen.addAll(document.damages());
            document.flags().forEach(flag -> labels.add(flag.damage()));
        }
        assertEquals(DamageScheme.CUELESS.kinds(), seen);
        for (Damage damage : DamageScheme.CUELESS.kinds()) {
            if (damage.flag().isPresent()) {
                assertTrue(labels.contains(damage.label()), damage.label());
            }
        }
        assertFalse(seen.contains(Damage.CUT_OFF) || seen.contains(Damage.FOREIGN_CLAUSE));
    }

    @Test
    void cuelessDriftKeepsTheFinalPunctuationOfTheOriginal() {
        for (DamagedDocument document : CUELESS.damage(NEWS, 4)) {
            for (GoldFlag flag : document.flags()) {
                if (flag.kind() == FlagClass.DRIFT && !flag.damage().equals(Damage.NUMBER_CHANGED.label())) {
                    String target = document.target().get(flag.targetIds().get(0));
                    assertTrue(target.endsWith(".") || target.endsWith("!") || target.endsWith("?")
                            || !document.source().get(flag.sourceIds().get(0)).matches(".*[.!?]$"), target);
                }
            }
        }
    }

    @Test
    void aCleanBenchmarkIsTheCorpusAsItIsWithoutFlags() {
        List<DamagedDocument> clean = new BenchmarkMaker(DamageScheme.CLEAN, "nl").damage(CORPUS, 3);
        assertEquals(CORPUS.documents().size(), clean.size());
        for (int k = 0; k < clean.size(); k++) {
            DamagedDocument document = clean.get(k);
            assertEquals(CORPUS.documents().get(k).source(), document.source());
            assertEquals(CORPUS.documents().get(k).target(), document.target());
            assertTrue(document.flags().isEmpty());
            assertTrue(document.gold().stream().allMatch(b -> b.sourceIds().size() == 1 && b.targetIds().size() == 1));
        }
    }

    @Test
    void shortDocumentsHoldThreeToFiveSentencesInOrder() {
        ParallelCorpus pieces = CORPUS.split(3, 5, 1);
        assertEquals(CORPUS.sentencePairs(), pieces.sentencePairs());
        assertEquals(CORPUS.documents().stream().flatMap(d -> d.source().stream()).toList(),
                pieces.documents().stream().flatMap(d -> d.source().stream()).toList());
        for (ParallelDocument piece : pieces.documents()) {
            assertTrue(piece.source().size() <= 5, piece.id());
            assertTrue(piece.id().matches("news\\.\\d+-p\\d+"), piece.id());
        }
        // Only a document's last piece may be shorter than three.
        long short_ = pieces.documents().stream().filter(d -> d.source().size() < 3).count();
        assertTrue(short_ <= CORPUS.documents().size());
        assertEquals(pieces, CORPUS.split(3, 5, 1));
    }

    @Test
    void goldFlagsAgreeWithGoldBeads() {
        for (DamagedDocument document : MAKER.damage(CORPUS, 3)) {
            Map<Integer, IdBead> bySource = index(document.gold(), IdBead::sourceIds);
            Map<Integer, IdBead> byTarget = index(document.gold(), IdBead::targetIds);
            for (GoldFlag flag : document.flags()) {
                switch (flag.kind()) {
                    case OMISSION -> flag.sourceIds().forEach(id ->
                            assertEquals(new IdBead(List.of(id), List.of()), bySource.get(id)));
                    case ADDITION -> flag.targetIds().forEach(id ->
                            assertEquals(new IdBead(List.of(), List.of(id)), byTarget.get(id)));
                    case DRIFT -> {
                        IdBead bead = byTarget.get(flag.targetIds().get(0));
                        assertEquals(new IdBead(flag.sourceIds(), flag.targetIds()), bead);
                        assertTrue(bead.isTwoSided());
                    }
                }
            }
            // Conversely, every one-sided gold bead is a flagged omission or addition.
            Set<Integer> omitted = FlagIds.ofGold(document.flags()).of(FlagClass.OMISSION);
            Set<Integer> added = FlagIds.ofGold(document.flags()).of(FlagClass.ADDITION);
            for (IdBead bead : document.gold()) {
                if (bead.targetIds().isEmpty()) {
                    assertTrue(omitted.containsAll(bead.sourceIds()));
                }
                if (bead.sourceIds().isEmpty()) {
                    assertTrue(added.containsAll(bead.targetIds()));
                }
            }
        }
    }

    @Test
    void paragraphTextHoldsTheSegmentsWithBoilerplateAlone() {
        for (DamagedDocument document : MAKER.damage(CORPUS, 3)) {
            assertEquals(squeeze(String.join("", document.source())), squeeze(String.join("", document.sourceParagraphs())));
            assertEquals(squeeze(String.join("", document.target())), squeeze(String.join("", document.targetParagraphs())));
            assertEquals(document.source().get(0), document.sourceParagraphs().get(0).isEmpty() ? "" :
                    document.sourceParagraphs().get(0).substring(0, document.source().get(0).length()));
            for (GoldFlag flag : document.flags()) {
                if (flag.damage().equals(Damage.BOILERPLATE.label())) {
                    assertTrue(document.targetParagraphs().contains(document.target().get(flag.targetIds().get(0))));
                }
            }
        }
    }

    @Test
    void writesTheFilesOfEveryDocument() throws IOException {
        Map<Damage, Integer> counts = MAKER.make(CORPUS, 5, temp);
        List<BenchmarkDocument> documents = BenchmarkDocument.list(temp);
        assertEquals(8, documents.size());
        assertEquals("news_0", documents.get(0).name());
        assertTrue(counts.values().stream().mapToInt(Integer::intValue).sum() > 0);
        DamagedDocument first = MAKER.damage(CORPUS, 5).get(0);
        BenchmarkDocument files = documents.get(0);
        assertEquals(first.source(), Files.readAllLines(files.source()));
        assertEquals(first.target(), Files.readAllLines(files.target()));
        assertEquals(first.gold(), BeadFile.read(files.gold()));
        assertEquals(first.flags(), GoldFlagFile.read(files.flags()));
        assertFalse(Files.readString(files.targetText()).isBlank());
    }

    private static Map<Integer, IdBead> index(List<IdBead> beads, Function<IdBead, List<Integer>> side) {
        return beads.stream().flatMap(b -> side.apply(b).stream().map(id -> Map.entry(id, b)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
