package org.tandem.wordalign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tandem.flag.Alignment;
import org.tandem.Tandem;
import org.tandem.TandemOptions;
import org.tandem.align.DictionaryLexicon;
import org.tandem.align.NewsPair;
import org.tandem.flag.FlaggedBead;
import org.tandem.segment.Segment;

class DocumentWordAlignerTest {
    private static Alignment align(List<String> en, List<String> nl, Tandem tandem) {
        return tandem.align(Segment.ofLines(en), "en", Segment.ofLines(nl), "nl", "test");
    }

    /** Without the default lexicons, so that what a dictionary adds shows. */
    private static Tandem tandem() {
        return new Tandem(TandemOptions.defaults().withLanguages("en", "nl").withoutDefaultLexicons());
    }

    /** The target word the given source word is linked to, by its surface, or null. */
    private static String counterpart(FlaggedBead bead, String sourceWord) {
        WordAlignment words = bead.words();
        for (int i = 0; i < words.source().size(); i++) {
            if (words.source().get(i).surface().equals(sourceWord)) {
                int j = words.bestTargetFor(i);
                return j < 0 ? null : words.target().get(j).surface();
            }
        }
        throw new AssertionError(sourceWord + " is not in " + words.source());
    }

    @Test
    void namesNumbersAndCognatesAlignToTheirCounterparts() {
        Alignment alignment = align(NewsPair.EN, NewsPair.NL, tandem());
        FlaggedBead first = alignment.beads().get(0);
        assertEquals("100.000", counterpart(first, "100,000"));
        assertEquals("2030", counterpart(first, "2030"));
        assertEquals("plan", counterpart(first, "plan"));
        FlaggedBead municipalities = alignment.beads().get(5);
        assertEquals("Rotterdam", counterpart(municipalities, "Rotterdam"));
        FlaggedBead rents = alignment.beads().get(10);
        assertEquals("sector", counterpart(rents, "sector"));
        assertEquals("procent", counterpart(rents, "percent"));
    }

    @Test
    void tokenOffsetsPointIntoTheBeadText() {
        Alignment alignment = align(NewsPair.EN, NewsPair.NL, tandem());
        for (FlaggedBead bead : alignment.beads()) {
            String source = alignment.sourceText(bead.bead());
            for (WordToken token : bead.words().source()) {
                assertEquals(token.surface(), source.substring(token.start(), token.end()));
            }
            String target = alignment.targetText(bead.bead());
            for (WordToken token : bead.words().target()) {
                assertEquals(token.surface(), target.substring(token.start(), token.end()));
            }
        }
    }

    @Test
    void aDictionaryEntryLinksWordsInAnyInflection() {
        List<String> en = List.of("The old farmers sold their horses at the market in Zwolle.");
        List<String> nl = List.of("De oude boeren verkochten hun paarden op de markt in Zwolle.");
        FlaggedBead without = align(en, nl, tandem()).beads().get(0);
        assertFalse(without.words().sourceCovered(index(without.words().source(), "horses")),
                "a link by position alone is no counterpart");
        Tandem withDictionary = tandem().withLexicon(DictionaryLexicon.of(Map.of("paard", List.of("horse"),
                "boer", List.of("farmer"))));
        FlaggedBead with = align(en, nl, withDictionary).beads().get(0);
        assertEquals("paarden", counterpart(with, "horses"));
        assertEquals("boeren", counterpart(with, "farmers"));
        int horses = index(with.words().source(), "horses");
        assertTrue(with.words().sourceCovered(horses));
    }

    @Test
    void theDocumentTeachesWordsThatItRepeats() {
        List<String> en = new ArrayList<>();
        List<String> nl = new ArrayList<>();
        String[][] pairs = {
            {"The harvest was good this summer in Zwolle.", "De oogst was goed deze zomer in Zwolle."},
            {"The harvest failed in Deventer because of rain.", "De oogst mislukte in Deventer door regen."},
            {"Farmers in Kampen expect the harvest in August.", "Boeren in Kampen verwachten de oogst in augustus."},
            {"A harvest of 400 tonnes came from Epe.", "Een oogst van 400 ton kwam uit Epe."},
            {"The harvest in Olst doubled since 2019.", "De oogst in Olst verdubbelde sinds 2019."},
            {"Nobody in Raalte remembers a harvest like it.", "Niemand in Raalte herinnert zich zo'n oogst."},
            {"The harvest of Heino was sold to Germany.", "De oogst van Heino werd verkocht aan Duitsland."},
            {"The harvest in Dalfsen is late.", "De oogst in Dalfsen is laat."},
            {"Buyers from Hattem want the whole harvest.", "Kopers uit Hattem willen de hele oogst."},
            {"The harvest in Wijhe will be smaller next year.", "De oogst in Wijhe wordt volgend jaar kleiner."}};
        for (String[] pair : pairs) {
            en.add(pair[0]);
            nl.add(pair[1]);
        }
        Alignment alignment = align(en, nl, tandem());
        for (FlaggedBead bead : alignment.beads()) {
            assertEquals("oogst", counterpart(bead, "harvest"), bead.toString());
        }
    }

    /**
     * The news pair with Dutch sentence 14 said before sentence 13 (or {@code replacement} in that
     * place), aligned as a monotone alignment must: 1-1 pairs, then an addition, the pair of sentence
     * 13, and an omission of sentence 14.
     */
    private static WordAlignments moved(String replacement) {
        List<String> nl = new ArrayList<>(NewsPair.NL);
        String movedLine = nl.remove(14);
        nl.add(13, replacement == null ? movedLine : replacement);
        List<org.tandem.align.AlignedBead> beads = new ArrayList<>();
        org.tandem.align.BeadEvidence pair = new org.tandem.align.BeadEvidence(0.5, 0.1, 10, 0);
        org.tandem.align.BeadEvidence lone = new org.tandem.align.BeadEvidence(0, 0, 5, 0.1);
        for (int k = 0; k < 13; k++) {
            beads.add(new org.tandem.align.AlignedBead(new org.tandem.align.Bead(k, k + 1, k, k + 1), pair));
        }
        beads.add(new org.tandem.align.AlignedBead(new org.tandem.align.Bead(13, 13, 13, 14), lone));
        beads.add(new org.tandem.align.AlignedBead(new org.tandem.align.Bead(13, 14, 14, 15), pair));
        beads.add(new org.tandem.align.AlignedBead(new org.tandem.align.Bead(14, 15, 15, 15), lone));
        for (int k = 15; k < NewsPair.EN.size(); k++) {
            beads.add(new org.tandem.align.AlignedBead(new org.tandem.align.Bead(k, k + 1, k, k + 1), pair));
        }
        org.tandem.align.AlignmentResult result = new org.tandem.align.AlignmentResult(beads,
                org.tandem.align.AlignmentParameters.initial(1.1), 0.5);
        org.tandem.align.Lexicon lexicon = org.tandem.align.BuiltInLexicons.find("en", "nl").orElseThrow().lexicon();
        return new DocumentWordAligner("en", "nl", lexicon)
                .align(result, Segment.ofLines(NewsPair.EN), Segment.ofLines(nl));
    }

    @Test
    void aSentenceMovedBeforeItsNeighbourIsFoundByItsWordsAndAnUnrelatedOneIsNot() {
        WordAlignments moved = moved(null);
        assertTrue(moved.isMoved(13) && moved.isMoved(15), "the addition and the omission are one sentence");
        for (int k = 0; k < moved.beads().size(); k++) {
            assertEquals(k == 13 || k == 15, moved.isMoved(k), "bead " + k);
        }
        WordAlignments unrelated = moved("Lees ook: de tien beste hypotheekrentes van deze maand op een rij.");
        assertFalse(unrelated.isMoved(13) || unrelated.isMoved(15), "an unrelated line in its place is not");
    }

    @Test
    void oneSidedBeadsHaveNoWordAlignment() {
        List<String> nl = new ArrayList<>(NewsPair.NL);
        nl.add(3, "Lees ook: de tien beste hypotheekrentes van deze maand op een rij.");
        Alignment alignment = align(NewsPair.EN, nl, tandem());
        long additions = alignment.beads().stream().filter(b -> b.bead().isAddition()).count();
        assertEquals(1, additions);
        for (FlaggedBead bead : alignment.beads()) {
            if (bead.bead().isTwoSided()) {
                assertNotNull(bead.words());
            } else {
                assertNull(bead.words());
            }
        }
    }

    @Test
    void uncoveredRunsSpanTheWordsWithoutCounterpart() {
        List<WordToken> source = new WordTokenizer("en").tokenize("Rents in Utrecht rose because tenants protested loudly.");
        java.util.BitSet covered = new java.util.BitSet();
        covered.set(0);
        covered.set(2);
        covered.set(3);
        WordAlignment words = new WordAlignment(source, List.of(), List.of(), covered, new java.util.BitSet());
        List<UncoveredRun> runs = words.uncoveredSourceRuns();
        assertEquals(1, runs.size());
        UncoveredRun run = runs.get(0);
        assertEquals(3, run.contentWords(), "tenants, protested, loudly; 'because' is a function word");
        assertEquals("tenants protested loudly",
                "Rents in Utrecht rose because tenants protested loudly.".substring(run.start(), run.end()));
        assertFalse(words.sourceCovered(4));
    }

    private static int index(List<WordToken> tokens, String surface) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).surface().equals(surface)) {
                return k;
            }
        }
        throw new AssertionError(surface);
    }

    @Test
    void severalThreadsGiveExactlyTheAlignmentsOfOne() throws java.io.IOException {
        List<Segment> source = Segment.ofLines(lines("seeds/lavrov-newsweek-2022.en.txt"));
        List<Segment> target = Segment.ofLines(lines("seeds/000_1bcc9f068a6e245e.txt"));
        org.tandem.align.AlignmentResult result = new org.tandem.align.Aligner(
                org.tandem.align.AlignerOptions.defaults()).align(source, "en", target, "nl");
        org.tandem.text.DocumentTokens tokens = org.tandem.text.DocumentTokens.of(
                source.stream().map(Segment::text).toList(), target.stream().map(Segment::text).toList());
        DocumentWordAligner aligner = new DocumentWordAligner("en", "nl", org.tandem.align.Lexicon.EMPTY);
        WordAlignments one = aligner.align(result, tokens, 1, 10);
        WordAlignments four = aligner.align(result, tokens, 4, 10);
        long aligned = one.beads().stream().filter(w -> w != null && !w.links().isEmpty()).count();
        assertTrue(aligned > 20, "alignments to compare: " + aligned);
        assertEquals(one, four);
        assertEquals(one, aligner.align(result, source, target));
    }

    private static List<String> lines(String file) throws java.io.IOException {
        return java.nio.file.Files.readAllLines(java.nio.file.Path.of(file), java.nio.charset.StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank()).toList();
    }
}
