package org.tandem.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.align.NewsPair.EN;
import static org.tandem.align.NewsPair.NL;
import static org.tandem.align.NewsPair.replacing;
import static org.tandem.align.NewsPair.segments;
import static org.tandem.align.NewsPair.without;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.tandem.Tandem;
import org.tandem.TandemOptions;
import org.tandem.align.Bead;
import org.tandem.align.NewsPair;

/** Each flag kind raised, and not raised, through the public API on the news text of {@link NewsPair}. */
class FlaggerTest {
    static Alignment align(List<String> en, List<String> nl) {
        Alignment alignment = new Tandem(TandemOptions.defaults()).align(segments(en), "en", segments(nl), "nl", "test");
        for (FlaggedBead bead : alignment.beads()) {
            assertTrue(bead.score() >= 0 && bead.score() <= 1, "score in [0,1]: " + bead);
        }
        return alignment;
    }

    /** The bead holding source segment {@code k}, which must be the 1-1 bead (k, k). */
    static FlaggedBead pair(Alignment alignment, int k) {
        FlaggedBead found = alignment.beads().stream()
                .filter(b -> b.bead().sourceStart() <= k && k < b.bead().sourceEnd()).findFirst().orElseThrow();
        assertEquals(new Bead(k, k + 1, k, k + 1), found.bead(), "alignment around pair " + k);
        return found;
    }

    static List<FlagKind> kinds(FlaggedBead bead) {
        return bead.flags().stream().map(Flag::kind).toList();
    }

    static String flagsOf(Alignment alignment) {
        return alignment.beads().stream().filter(b -> !b.flags().isEmpty())
                .map(b -> b.bead().type() + "@" + b.bead().sourceStart() + ":" + b.flags())
                .collect(Collectors.joining("\n"));
    }

    /** Replaces pair {@code k} on both sides and returns its bead, checking no other bead is flagged. */
    static FlaggedBead variant(int k, String en, String nl) {
        Alignment alignment = align(replacing(EN, k, en), replacing(NL, k, nl));
        for (FlaggedBead bead : alignment.beads()) {
            if (bead.bead().sourceStart() != k) {
                assertTrue(bead.flags().isEmpty(), "only pair " + k + " may be flagged:\n" + flagsOf(alignment));
            }
        }
        return pair(alignment, k);
    }

    @Test
    void cleanTranslationHasNoFlags() {
        Alignment alignment = align(EN, NL);
        assertEquals("", flagsOf(alignment));
        assertEquals(20, alignment.beads().size());
    }

    @Test
    void changedNumberIsFlagged() {
        FlaggedBead bead = variant(3, "The storm killed 12 people in the north of the country on Sunday.",
                "De storm kostte zondag in het noorden van het land 120 mensen het leven.");
        assertEquals(List.of(FlagKind.NUMBER_MISMATCH), kinds(bead));
        assertEquals("source has 12 but the target does not; target has 120 but the source does not",
                bead.flags().get(0).reason());
    }

    /** See {@link UnitConversionTest}: 12 to 21 passes for miles to kilometres, though no unit is named. */
    @Test
    void changedNumberWithoutUnitsIsFlagged() {
        FlaggedBead bead = variant(3, "The storm killed 12 people in the north of the country on Sunday.",
                "De storm kostte zondag in het noorden van het land 21 mensen het leven.");
        assertEquals(List.of(FlagKind.NUMBER_MISMATCH), kinds(bead));
    }

    @Test
    void missingNumberIsFlagged() {
        FlaggedBead bead = variant(3, "The old bridge over the river was built in 1932 and renovated twice.",
                "De oude brug over de rivier werd gebouwd en is tweemaal gerenoveerd.");
        assertEquals(List.of(FlagKind.NUMBER_MISMATCH), kinds(bead));
        assertEquals("source has 1932 but the target does not", bead.flags().get(0).reason());
    }

    @Test
    void numbersWrittenTheDutchWayAreNotFlagged() {
        assertTrue(variant(3, "It was the 77th edition of the festival, with 100,000 visitors and 3.5 million euros in sales.",
                "Het was de 77e editie van het festival, met 100.000 bezoekers en 3,5 miljoen euro omzet.").flags().isEmpty());
    }

    @Test
    void datesInEitherOrderOrInDigitsAreNotFlagged() {
        String en = "The new rental law takes effect on September 23, 2022, the ministry said.";
        assertTrue(variant(3, en, "De nieuwe huurwet gaat op 23 september 2022 in, meldde het ministerie.").flags().isEmpty());
        assertTrue(variant(3, en, "De nieuwe huurwet gaat op 23/09/2022 in, meldde het ministerie.").flags().isEmpty());
    }

    @Test
    void differentDateIsFlagged() {
        FlaggedBead bead = variant(3, "The new rental law takes effect on September 23, 2022, the ministry said.",
                "De nieuwe huurwet gaat op 23 oktober 2022 in, meldde het ministerie.");
        assertEquals(List.of(FlagKind.NUMBER_MISMATCH), kinds(bead));
    }

    @Test
    void differentYearIsFlagged() {
        FlaggedBead bead = variant(3, "The old bridge over the river was built in 1932 and renovated twice.",
                "De oude brug over de rivier werd in 1832 gebouwd en is tweemaal gerenoveerd.");
        assertEquals(List.of(FlagKind.NUMBER_MISMATCH), kinds(bead));
    }

    @Test
    void numberInWordsIsNotFlagged() {
        assertTrue(variant(3, "Five people were taken to hospital with minor injuries after the crash.",
                "Na de botsing werden 5 mensen met lichte verwondingen naar het ziekenhuis gebracht.").flags().isEmpty());
    }

    @Test
    void milesConvertedToKilometresAreNotFlagged() {
        assertTrue(variant(3, "The hurricane moved 50 miles inland before it weakened over the mountains.",
                "De orkaan trok 80 kilometer landinwaarts voordat hij boven de bergen verzwakte.").flags().isEmpty());
    }

    @Test
    void twelveHourClockConvertedToTwentyFourIsNotFlagged() {
        assertTrue(variant(3, "The council meeting starts at 3 p.m. in the old town hall.",
                "De raadsvergadering begint om 15 uur in het oude stadhuis.").flags().isEmpty());
    }

    private static final List<String> EN_RUTTE = replacing(replacing(replacing(replacing(EN,
            3, "Prime minister Rutte said young people struggle to find an affordable apartment."),
            9, "The VVD of Rutte wants more room for private investors and fewer rules."),
            13, "In return, Rutte promised, the landlord levy on their properties will be abolished."),
            18, "Minister De Jonge and Rutte hope for a broad majority in parliament.");
    private static final List<String> NL_RUTTE = replacing(replacing(replacing(replacing(NL,
            3, "Volgens premier Rutte hebben jongeren moeite een betaalbaar appartement te vinden."),
            9, "De VVD van Rutte wil meer ruimte voor private investeerders en minder regels."),
            13, "In ruil daarvoor wordt volgens Rutte de verhuurderheffing op hun woningen afgeschaft."),
            18, "Minister De Jonge en de premier hopen op een brede meerderheid in het parlement.");

    @Test
    void nameTheTranslationKeepsElsewhereButDropsHereIsFlagged() {
        Alignment alignment = align(EN_RUTTE, NL_RUTTE);
        FlaggedBead bead = pair(alignment, 18);
        assertEquals(List.of(FlagKind.NAME_MISMATCH), kinds(bead), flagsOf(alignment));
        assertEquals("source names Rutte but the target does not", bead.flags().get(0).reason());
        assertTrue(pair(alignment, 3).flags().isEmpty());
        assertTrue(pair(alignment, 9).flags().isEmpty());
    }

    @Test
    void nameKeptEverywhereIsNotFlagged() {
        Alignment alignment = align(EN_RUTTE, replacing(NL_RUTTE, 18,
                "Minister De Jonge en Rutte hopen op een brede meerderheid in het parlement."));
        assertEquals("", flagsOf(alignment));
    }

    @Test
    void namesSpelledOrRenderedTheDutchWayAreNotFlagged() {
        FlaggedBead bead = variant(3, "On Friday, Putin met the Chinese president in Beijing for talks on energy.",
                "Op vrijdag ontmoette Poetin de Chinese president in Peking voor gesprekken over energie.");
        assertTrue(bead.flags().isEmpty(), bead.flags().toString());
    }

    private static final String LONG_EN = "The average price of a home is now 413,000 euros, according to new figures from "
            + "Statistics Netherlands, which also reported that prices in the four largest cities rose "
            + "faster than anywhere else in the country.";

    @Test
    void translationCutOffIsFlaggedForLength() {
        FlaggedBead bead = variant(15, LONG_EN, "De gemiddelde prijs van een woning bedraagt nu 413.000 euro, volgens "
                + "nieuwe cijfers van het Centraal Bureau voor de Statistiek, dat ook meldde dat de prijzen in");
        assertTrue(bead.has(FlagKind.LENGTH_RATIO), bead.flags().toString());
        String reason = bead.flags().stream().filter(f -> f.kind() == FlagKind.LENGTH_RATIO).findFirst().orElseThrow().reason();
        assertTrue(reason.startsWith("target breaks off after \"in\""), reason);
    }

    /**
     * Cut at half its length, the translation may come out as a flagged pair or as an omission beside
     * an addition, depending on how much it still shares with the source; either way both texts sit in
     * flagged beads and nothing else moves.
     */
    @Test
    void translationCutOffHalfwayIsFlagged() {
        String cut = "De gemiddelde prijs van een woning bedraagt nu 413.000 euro, volgens nieuwe cijfers van het";
        Alignment alignment = align(replacing(EN, 15, LONG_EN), replacing(NL, 15, cut));
        for (FlaggedBead bead : alignment.beads()) {
            boolean touches = bead.bead().sourceStart() <= 15 && 15 < bead.bead().sourceEnd()
                    || alignment.targetText(bead.bead()).contains(cut);
            if (touches) {
                assertFalse(bead.flags().isEmpty(), bead.toString());
            } else {
                assertEquals(bead.bead().sourceCount(), bead.bead().targetCount(), "only the cut pair may change: " + bead);
            }
        }
    }

    @Test
    void unrelatedTranslationOfOtherLengthIsFlaggedForLowSimilarity() {
        Alignment alignment = align(EN, replacing(NL, 12, "Het weer blijft de komende dagen wisselvallig, met in het "
                + "zuiden van het land af en toe zware regenbuien en mogelijk zelfs onweer en hagel."));
        FlaggedBead bead = pair(alignment, 12);
        assertTrue(bead.has(FlagKind.LOW_SIMILARITY), flagsOf(alignment));
        assertTrue(bead.flags().stream().filter(f -> f.kind() == FlagKind.LOW_SIMILARITY).findFirst().orElseThrow()
                .reason().startsWith("the two sides share almost no words, names or numbers"));
    }

    @Test
    void englishLeftInTheDutchTargetIsFlaggedUntranslated() {
        Alignment alignment = align(EN, replacing(NL, 13, EN.get(13)));
        FlaggedBead bead = pair(alignment, 13);
        assertEquals(List.of(FlagKind.UNTRANSLATED), kinds(bead), flagsOf(alignment));
        assertTrue(bead.flags().get(0).reason().startsWith("the target is still in the source language"),
                bead.flags().get(0).reason());
        for (int k = 0; k < 20; k++) {
            if (k != 13) {
                assertFalse(pair(alignment, k).has(FlagKind.UNTRANSLATED), "pair " + k);
            }
        }
    }

    @Test
    void omissionIsFlaggedWithItsReason() {
        Alignment alignment = align(EN, without(NL, 9));
        List<FlaggedBead> oneSided = alignment.beads().stream().filter(b -> !b.bead().isTwoSided()).toList();
        assertEquals(1, oneSided.size());
        FlaggedBead bead = oneSided.get(0);
        assertEquals(new Bead(9, 10, 9, 9), bead.bead());
        assertEquals(List.of(FlagKind.OMISSION), kinds(bead));
        assertTrue(bead.flags().get(0).reason().matches(
                "no target text corresponds to this source text \\(best overlap with nearby target text \\d\\.\\d\\d, "
                        + "typical pair \\d\\.\\d\\d\\)"), bead.flags().get(0).reason());
        assertTrue(bead.score() > 0.5, "nothing nearby resembles the omitted sentence: " + bead.score());
    }

    @Test
    void additionIsFlaggedWithItsReason() {
        List<String> nl = new ArrayList<>(NL);
        nl.add(9, "De partij diende eerder dit jaar al een eigen woonplan in met veel meer sociale huurwoningen.");
        Alignment alignment = align(EN, nl);
        List<FlaggedBead> oneSided = alignment.beads().stream().filter(b -> !b.bead().isTwoSided()).toList();
        assertEquals(1, oneSided.size());
        FlaggedBead bead = oneSided.get(0);
        assertEquals(new Bead(9, 9, 9, 10), bead.bead());
        assertEquals(List.of(FlagKind.ADDITION), kinds(bead));
        assertTrue(bead.flags().get(0).reason().startsWith(
                "no source text corresponds to this target text (best overlap with nearby source text "),
                bead.flags().get(0).reason());
    }

    @Test
    void theWrongInstrumentNamedIsANameMismatch() {
        // As in a published treaty translation: "the Protocol shall enter into force" → "treedt dit
        // Verdrag in werking", in a text that names the Protocol as such elsewhere.
        List<String> en = List.of(
                "The Parties to this Protocol have agreed as follows.",
                "This Protocol shall be open for signature by the member States which have signed the Convention.",
                "Each State may, at the time of signature, specify the territory to which this Protocol shall apply.",
                "This Protocol shall enter into force on the first day of the month following the expiration of a period of three months.",
                "Any Party may denounce this Protocol by means of a notification addressed to the Secretary General.");
        List<String> nl = List.of(
                "De Partijen bij dit Protocol zijn als volgt overeengekomen.",
                "Dit Protocol staat open voor ondertekening door de lidstaten die het Verdrag hebben ondertekend.",
                "Iedere Staat kan op het tijdstip van ondertekening het grondgebied aanwijzen waarop dit Protocol van toepassing is.",
                "Dit Verdrag treedt in werking op de eerste dag van de maand die volgt op het verstrijken van een tijdvak van drie maanden.",
                "Iedere Partij kan dit Protocol opzeggen door middel van een kennisgeving gericht aan de Secretaris-Generaal.");
        Alignment alignment = align(en, nl);
        assertEquals("1-1@3:name-mismatch source names Protocol where the target names Verdrag",
                alignment.beads().stream().filter(b -> !b.flags().isEmpty())
                        .map(b -> b.bead().type() + "@" + b.bead().sourceStart() + ":" + b.flags().get(0).kind().label()
                                + " " + b.flags().get(0).reason())
                        .collect(Collectors.joining("\n")));
    }

    @Test
    void anAddedLineInNoLanguageIsNotFlaggedButAnAddedSentenceBesideItIs() {
        List<String> nl = new ArrayList<>(NL);
        nl.add(9, "De partij diende eerder dit jaar al een eigen woonplan in met veel meer sociale huurwoningen.");
        nl.add(9, "(...)");
        nl.add(6, "image: /assets/images/cards/woningen.png");
        Alignment alignment = align(EN, nl);
        List<FlaggedBead> oneSided = alignment.beads().stream().filter(b -> !b.bead().isTwoSided()).toList();
        assertEquals(3, oneSided.size(), flagsOf(alignment));
        assertEquals(List.of(List.of(), List.of(), List.of(FlagKind.ADDITION)),
                oneSided.stream().map(FlaggerTest::kinds).toList(), flagsOf(alignment));
    }

    @Test
    void flaggedBeadScoresLowerThanTheSameCleanBead() {
        FlaggedBead clean = variant(3, "The storm killed 12 people in the north of the country on Sunday.",
                "De storm kostte zondag in het noorden van het land 12 mensen het leven.");
        FlaggedBead flagged = variant(3, "The storm killed 12 people in the north of the country on Sunday.",
                "De storm kostte zondag in het noorden van het land 120 mensen het leven.");
        assertTrue(clean.flags().isEmpty());
        assertTrue(flagged.has(FlagKind.NUMBER_MISMATCH));
        assertTrue(flagged.score() < clean.score(), flagged.score() + " < " + clean.score());
        assertTrue(clean.score() > 0.5, "a faithful pair is confident: " + clean.score());
    }

    @Test
    void flagLabelsAreTheOutputContract() {
        assertEquals(List.of("omission", "addition", "number-mismatch", "name-mismatch", "length-ratio",
                "low-similarity", "untranslated", "partial-omission", "partial-addition"), java.util.Arrays.stream(FlagKind.values()).map(FlagKind::label).toList());
        for (FlagKind kind : FlagKind.values()) {
            assertEquals(kind, FlagKind.fromLabel(kind.label()));
            assertEquals(kind != FlagKind.OMISSION && kind != FlagKind.ADDITION, kind.isDrift());
        }
    }
}
