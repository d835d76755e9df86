package org.tandem.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tandem.align.AlignmentParameters;
import org.tandem.align.Bead;
import org.tandem.align.BeadEvidence;
import org.tandem.wordalign.WordAlignment;
import org.tandem.wordalign.WordLink;
import org.tandem.wordalign.WordToken;
import org.tandem.wordalign.WordTokenizer;

/** Names at each other's place by the word alignment: built from hand-made alignments. */
class SwappedNamesTest {
    private static final AlignmentParameters PARAMS = AlignmentParameters.initial(1.1)
            .withDocumentStatistics(1.1, 4.0, 0.25, 1.0);
    private static final String EN = "Federal prosecutors in New York are seeking the death penalty.";
    private static final String NL = "Federale aanklagers in Lindsey Graham eisen de doodstraf.";

    /** The alignment of {@code en} and {@code nl} with the given covering links, as source→target word pairs. */
    private static WordAlignment aligned(String en, String nl, String... pairs) {
        List<WordToken> source = new WordTokenizer("en").tokenize(en);
        List<WordToken> target = new WordTokenizer("nl").tokenize(nl);
        List<WordLink> links = new ArrayList<>();
        BitSet sourceCovered = new BitSet();
        BitSet targetCovered = new BitSet();
        for (String pair : pairs) {
            String[] words = pair.split("=");
            int s = index(source, words[0]);
            int t = index(target, words[1]);
            links.add(new WordLink(s, t, 0.9));
            sourceCovered.set(s);
            targetCovered.set(t);
        }
        return new WordAlignment(source, target, links, sourceCovered, targetCovered);
    }

    private static int index(List<WordToken> tokens, String surface) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).surface().equals(surface)) {
                return k;
            }
        }
        throw new IllegalArgumentException(surface);
    }

    private static NameIndex writing(String... names) {
        NameIndex index = new NameIndex();
        for (String name : names) {
            index.add(name);
            index.addInsideSentence(name);
        }
        return index;
    }

    private static BeadContext bead(String en, String nl, WordAlignment words, NameIndex english, NameIndex dutch) {
        DocumentContext document = new DocumentContext("en", "nl", PARAMS, 0.25, english, dutch, 100);
        return new BeadContext(new Bead(0, 1, 0, 1), new BeadEvidence(0.25, 0, 10, 0), en, nl, document, "", "",
                words, true);
    }

    /** No flag, or one only for a name missing on one side (the check's other test). */
    private static boolean noSwap(java.util.Optional<Flag> flag) {
        return flag.map(f -> !f.reason().contains(" where the target names ")).orElse(true);
    }

    private static NameCheck check() {
        return new NameCheck(new NameExtractor("en"), new NameExtractor("nl"));
    }

    @Test
    void aNameWhosePlaceHoldsAnotherNameIsAMismatchNamingBoth() {
        WordAlignment words = aligned(EN, NL, "Federal=Federale", "prosecutors=aanklagers", "seeking=eisen",
                "penalty=doodstraf");
        Flag flag = check().check(bead(EN, NL, words, writing("new", "york"), writing("new", "york"))).orElseThrow();
        assertEquals(FlagKind.NAME_MISMATCH, flag.kind());
        assertEquals("source names New York where the target names Lindsey Graham", flag.reason());
        assertEquals(List.of(new Span(Span.Side.SOURCE, EN.indexOf("New York"), EN.indexOf("New York") + 8),
                new Span(Span.Side.TARGET, NL.indexOf("Lindsey Graham"), NL.indexOf("Lindsey Graham") + 14)),
                flag.spans());
    }

    @Test
    void namesNeitherDocumentKeepsAsWrittenAreTakenForATranslation() {
        String en = "Federal prosecutors in the Supreme Court are seeking the death penalty.";
        String nl = "Federale aanklagers in het Hooggerechtshof eisen de doodstraf.";
        WordAlignment words = aligned(en, nl, "Federal=Federale", "prosecutors=aanklagers", "seeking=eisen",
                "penalty=doodstraf");
        assertTrue(check().check(bead(en, nl, words, writing("supreme", "court"), writing("hooggerechtshof")))
                .isEmpty());
    }

    @Test
    void acronymsTransliterationsAndUnrelatedPairsAreNoSwap() {
        String en = "Federal prosecutors in the UK are seeking the death penalty.";
        String nl = "Federale aanklagers in het VK eisen de doodstraf.";
        WordAlignment acronyms = aligned(en, nl, "Federal=Federale", "prosecutors=aanklagers", "seeking=eisen",
                "penalty=doodstraf");
        assertTrue(noSwap(check().check(bead(en, nl, acronyms, writing("uk", "vk"), writing("uk", "vk")))),
                "acronyms are abbreviated and translated freely");
        String transliterated = "Federale aanklagers in Sajfoello eisen de doodstraf.";
        String written = "Federal prosecutors in Sayfullo are seeking the death penalty.";
        WordAlignment spelling = aligned(written, transliterated, "Federal=Federale", "prosecutors=aanklagers",
                "seeking=eisen", "penalty=doodstraf");
        assertTrue(noSwap(check().check(bead(written, transliterated, spelling, writing("sayfullo"),
                writing("sayfullo")))), "a transliteration");
        WordAlignment unrelated = aligned(EN, NL, "penalty=doodstraf");
        assertEquals("source names New, York but the target does not",
                check().check(bead(EN, NL, unrelated, writing("new", "york"), writing("new", "york"))).orElseThrow()
                        .reason(), "too little of the bead has a counterpart to say where a name's place is");
    }
}
