package org.tandem.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.tandem.align.AlignmentParameters;
import org.tandem.align.Bead;
import org.tandem.align.BeadEvidence;
import org.tandem.wordalign.WordAlignment;
import org.tandem.wordalign.WordToken;
import org.tandem.wordalign.WordTokenizer;

/** The package-private drift checks and the score, called directly on constructed beads. */
class ChecksTest {
    private static final AlignmentParameters PARAMS = AlignmentParameters.initial(1.1)
            .withDocumentStatistics(1.1, 4.0, 0.25, 1.0);
    private static final DocumentContext DOCUMENT = new DocumentContext("en", "nl", PARAMS, 0.25,
            new NameIndex(), new NameIndex(), 100);

    private static BeadContext bead(String en, String nl, BeadEvidence evidence) {
        return new BeadContext(new Bead(0, 1, 0, 1), evidence, en, nl, DOCUMENT, "", "");
    }

    private static BeadContext bead(String en, String nl) {
        return bead(en, nl, new BeadEvidence(0.25, 0.0, 10.0, 0));
    }

    private static Optional<Flag> numbers(String en, String nl) {
        return new NumberCheck("en", "nl").check(bead(en, nl));
    }

    @Test
    void numberCheckNormalisesBeforeComparing() {
        assertTrue(numbers("the 77th time", "de 77e keer").isEmpty());
        assertTrue(numbers("100,000 homes", "100.000 woningen").isEmpty());
        assertTrue(numbers("3.5 percent", "3,5 procent").isEmpty());
        assertTrue(numbers("on September 23, 2022", "op 23 september 2022").isEmpty());
        assertTrue(numbers("on September 23, 2022", "op 23/09/2022").isEmpty());
        assertTrue(numbers("at 10:15", "om 10.15 uur").isEmpty());
        assertTrue(numbers("five people", "5 mensen").isEmpty());
        assertTrue(numbers("12 people", "twaalf mensen").isEmpty());
        assertTrue(numbers("50 miles", "80 kilometer").isEmpty());
        assertTrue(numbers("at 3 p.m.", "om 15 uur").isEmpty());
        assertTrue(numbers("no numbers", "geen getallen").isEmpty());
    }

    @Test
    void numberCheckReportsBothSides() {
        Flag flag = numbers("12 people and 7 cars", "120 mensen en 7 auto's").orElseThrow();
        assertEquals(FlagKind.NUMBER_MISMATCH, flag.kind());
        assertEquals("source has 12 but the target does not; target has 120 but the source does not", flag.reason());
        assertEquals("source has 2030 but the target does not",
                numbers("before 2030", "binnenkort").orElseThrow().reason());
        assertEquals("target has 2 but the source does not",
                numbers("the house", "de 2 huizen").orElseThrow().reason());
    }

    @Test
    void decadesAndClockConversionsBeforeNumberWords() {
        assertTrue(numbers("She studied at Yale in the 1980s.", "Ze studeerde in de jaren 80 aan Yale.").isEmpty());
        assertTrue(numbers("At 2pm two police vans were inside the cordon.",
                "Om 14 uur stonden twee politieauto's binnen de afzetting.").isEmpty(),
                "2pm is 14 uur; 'twee' is the two vans");
        assertTrue(numbers("At 2pm two police vans arrived.", "Om 14 uur kwamen 15 politieauto's.").orElseThrow()
                .reason().contains("15"), "two vans became fifteen: still a mismatch");
    }

    @Test
    void numbersWrittenInsideCompoundsAndOrdinalsCount() {
        assertTrue(numbers("The 24-year-old said no.", "De vierentwintigjarige zei nee.").isEmpty());
        assertTrue(numbers("a 19th-century conflict", "een negentiende-eeuws conflict").isEmpty());
        assertEquals(java.util.Optional.of("24"), new NumberExtractor("de").numberInWord("vierundzwanzig"));
        assertEquals(java.util.Optional.of("24"), new NumberExtractor("nl").numberInWord("vierentwintigjarige"));
        assertEquals(java.util.Optional.of("19"), new NumberExtractor("nl").numberInWord("negentiende"));
        assertEquals(java.util.Optional.empty(), new NumberExtractor("nl").numberInWord("achterhalen"),
                "eight heads no compound this short");
        assertTrue(numbers("They found 8 bodies.", "Ze wisten het te achterhalen.").isPresent());
        assertTrue(numbers("the same Livi 11 as last week", "hetzelfde elftal als vorige week").isEmpty());
        assertTrue(numbers("in 1870, St. Martin's a decade later", "in 1870, Saint Martin's 10 jaar later").isEmpty());
        assertTrue(numbers("after June's historic meeting", "na de historische ontmoeting in juni").isEmpty(),
                "June's is June");
    }

    @Test
    void heightInFeetAndInchesConvertedToCentimetres() {
        assertTrue(numbers("The 6-foot-6 forward grew up in Baton Rouge.", "Hij was 198 cm groot.").isEmpty());
        assertTrue(numbers("The 6-foot-6 forward grew up in Baton Rouge.", "Hij was 1,98 meter groot.").isEmpty());
        assertTrue(numbers("The 6-foot-6 forward grew up in Baton Rouge.", "Hij was 185 cm groot.").isPresent());
    }

    @Test
    void aNameJustAcrossASentenceBoundaryIsNoMismatch() {
        NameIndex english = new NameIndex();
        NameIndex dutch = new NameIndex();
        for (String name : new String[] {"halkett", "rangers"}) {
            english.add(name);
            english.addInsideSentence(name);
            dutch.add(name);
            dutch.addInsideSentence(name);
        }
        DocumentContext document = new DocumentContext("en", "nl", PARAMS, 0.25, english, dutch, 100);
        NameCheck check = new NameCheck(new NameExtractor("en"), new NameExtractor("nl"));
        String en = "The captain was immense in defence throughout the match.";
        String nl = "Aanvoerder Halkett was geweldig in de verdediging.";
        BeadEvidence evidence = new BeadEvidence(0.25, 0, 10, 0);
        Flag flag = check.check(new BeadContext(new Bead(0, 1, 0, 1), evidence, en, nl, document,
                "They won.\nIt was over.", "Ze wonnen.\nHet was voorbij.")).orElseThrow();
        assertEquals("target names Halkett but the source does not", flag.reason());
        assertTrue(check.check(new BeadContext(new Bead(0, 1, 0, 1), evidence, en, nl, document,
                "Captain Halkett led them.\nIt was over.", "Ze wonnen.\nHet was voorbij.")).isEmpty(),
                "the source names him in the sentence before");
    }

    @Test
    void aWordTheOtherDocumentCapitalisesOnlyToOpenASentenceIsNoKeptName() {
        NameExtractor englishWords = new NameExtractor("en");
        NameExtractor dutchWords = new NameExtractor("nl");
        NameIndex english = new NameIndex();
        NameIndex dutch = new NameIndex();
        String en = "On Saturday the Foreign Minister blamed the sanctions.";
        String nl = "Op zaterdag gaf de minister van Buitenlandse Zaken de sancties de schuld.";
        englishWords.index(en, english);
        dutchWords.index(nl, dutch);
        dutchWords.index("Het was koud. Foreign buyers are set to be charged more.", dutch);
        NameCheck check = new NameCheck(englishWords, dutchWords);
        BeadEvidence evidence = new BeadEvidence(0.25, 0, 10, 0);
        DocumentContext openerOnly = new DocumentContext("en", "nl", PARAMS, 0.25, english, dutch, 100);
        assertTrue(check.check(new BeadContext(new Bead(0, 1, 0, 1), evidence, en, nl, openerOnly, "", ""))
                .isEmpty(), "the Dutch text has Foreign only as the first word of an English sentence");
        dutchWords.index("Volgens het Foreign Office is dat niet zo.", dutch);
        DocumentContext keptAsName = new DocumentContext("en", "nl", PARAMS, 0.25, english, dutch, 100);
        assertEquals("source names Foreign but the target does not",
                check.check(new BeadContext(new Bead(0, 1, 0, 1), evidence, en, nl, keptAsName, "", ""))
                        .orElseThrow().reason());
    }

    @Test
    void targetRunningOnPastItsLastSentenceIsFlagged() {
        String en = "Both of those counts carry a possible death sentence, according to the court document.";
        String nl = "Voor beide aanklachten is de doodstraf mogelijk, volgens het document. Many wealthy areas of";
        Flag flag = new LengthRatioCheck().check(bead(en, nl, new BeadEvidence(0.2, 1.0, 10, 0))).orElseThrow();
        assertEquals(FlagKind.LENGTH_RATIO, flag.kind());
        assertTrue(flag.reason().contains("\"Many wealthy areas of\""), flag.reason());
        assertTrue(new LengthRatioCheck().check(bead("This came after June's meeting between Donald Trump and Kim Jong-un"
                + " in Singapore, where they agreed to work towards peace.", "Dit volgde op een ontmoeting. Die vond plaats"
                + " tussen Donald Trump en Kim Jong-un in Singapore, waar zij overeenkwamen aan vrede te werken",
                new BeadEvidence(0.2, 0.3, 10, 0))).isEmpty(), "a translated last sentence that lost its full stop");
        assertTrue(new LengthRatioCheck().check(bead(en, "Volgens het document van de rechtbank staat op beide"
                + " aanklachten de doodstraf.", new BeadEvidence(0.2, 0.5, 10, 0))).isEmpty(), "a finished translation");
        assertTrue(new LengthRatioCheck().check(bead("The doctor said so, according to the report in the paper.",
                "Dat zei dr. Jansen volgens het verslag", new BeadEvidence(0.2, -0.5, 10, 0))).isEmpty(),
                "an abbreviation is no sentence end, and the shortfall is small");
    }

    @Test
    void targetBreakingOffAfterAFunctionWordOrCommaIsFlagged() {
        String en = "To recover it is a duty that every government has accepted.";
        Flag flag = new LengthRatioCheck().check(bead(en, "Het is een plicht om",
                new BeadEvidence(0.2, -1.0, 10, 0))).orElseThrow();
        assertTrue(flag.reason().startsWith("target breaks off after \"om\""), flag.reason());
        assertTrue(new LengthRatioCheck().check(bead(en, "Het herstellen is een plicht die elke regering heeft aanvaard,",
                new BeadEvidence(0.2, -0.3, 10, 0))).isPresent());
        assertTrue(new LengthRatioCheck().check(bead(en, "Het herstellen is een plicht die elke regering aanvaardt",
                new BeadEvidence(0.2, -0.3, 10, 0))).isEmpty(), "a missing full stop alone is not enough");
        assertTrue(new LengthRatioCheck().check(bead("Trump said in his mock news anchor voice.",
                "Trump imiteerde een nieuwsanker toen hij zei:", new BeadEvidence(0.2, -0.5, 10, 0))).isEmpty(),
                "a colon hands over to the next segment");
        assertTrue(new LengthRatioCheck().check(bead("Paris fashion shows reveal the latest line in massive headwear",
                "Modeshows in Parijs onthullen de nieuwste collectie enorme hoofddeksels,",
                new BeadEvidence(0.2, -0.8, 10, 0))).isPresent(), "a comma where the headline ends");
        String headline = "North Korea says it will not disarm unilaterally without trust";
        Flag cutHeadline = new LengthRatioCheck().check(bead(headline, "Noord-Korea zegt dat het in geen",
                new BeadEvidence(0.2, -1.2, 10, 0))).orElseThrow();
        assertTrue(cutHeadline.reason().startsWith("target breaks off after \"geen\""), cutHeadline.reason());
        assertTrue(new LengthRatioCheck().check(bead("Where the money goes to",
                "Waar het geld naartoe gaat en waar het vandaan komt", new BeadEvidence(0.2, -0.5, 10, 0))).isEmpty(),
                "both headlines end without punctuation, and the source's own last word is a function word");
    }

    @Test
    void shortDocumentsNeedALargerDeviationForALengthFlag() {
        assertTrue(LengthRatioCheck.maxDeviation(12) > LengthRatioCheck.maxDeviation(100)
                && LengthRatioCheck.maxDeviation(100) > LengthRatioCheck.maxDeviation(100_000)
                && LengthRatioCheck.maxDeviation(100_000) >= LengthTuning.defaults().maxDeviation());
        String en = "The average price of a home is now 413,000 euros, according to new figures.";
        String cut = "De gemiddelde prijs van een woning.";
        BeadEvidence evidence = new BeadEvidence(0.2, -3.3, 10, 0);
        DocumentContext longDocument =
                new DocumentContext("en", "nl", PARAMS, 0.25, new NameIndex(), new NameIndex(), 400);
        DocumentContext shortDocument =
                new DocumentContext("en", "nl", PARAMS, 0.25, new NameIndex(), new NameIndex(), 12);
        Bead pair = new Bead(0, 1, 0, 1);
        assertTrue(new LengthRatioCheck().check(new BeadContext(pair, evidence, en, cut, longDocument, "", ""))
                .isPresent());
        assertTrue(new LengthRatioCheck().check(new BeadContext(pair, evidence, en, cut, shortDocument, "", ""))
                .isEmpty(), "twelve pairs give a rough variance: 3.3 of its deviations is no outlier yet");
    }

    @Test
    void theTuningInTheDocumentContextMovesTheLengthBar() {
        String en = "The average price of a home is now 413,000 euros, according to new figures.";
        String cut = "De gemiddelde prijs van een woning.";
        BeadEvidence evidence = new BeadEvidence(0.2, -3.3, 10, 0);
        FlagTuning strict = FlagTuning.defaults();
        FlagTuning lax = new FlagTuning(strict.words(), strict.coverage(), new LengthTuning(5.0, 1.5, 20, 3, 3, 0.25, 6),
                strict.names(), strict.numbers(), strict.similarity(), strict.untranslated(), strict.score());
        Bead pair = new Bead(0, 1, 0, 1);
        assertTrue(new LengthRatioCheck().check(new BeadContext(pair, evidence, en, cut,
                new DocumentContext("en", "nl", PARAMS, 0.25, new NameIndex(), new NameIndex(), 400, strict), "", ""))
                .isPresent());
        assertTrue(new LengthRatioCheck().check(new BeadContext(pair, evidence, en, cut,
                new DocumentContext("en", "nl", PARAMS, 0.25, new NameIndex(), new NameIndex(), 400, lax), "", ""))
                .isEmpty(), "3.3 deviations is under a bar of 5");
    }

    @Test
    void lengthRatioCheckUsesTheDocumentsDeviation() {
        String en = "The average price of a home is now 413,000 euros, according to new figures.";
        String cut = "De gemiddelde prijs van een woning.";
        assertTrue(new LengthRatioCheck().check(bead(en, cut, new BeadEvidence(0.2, -2.9, 10, 0))).isEmpty());
        Flag flag = new LengthRatioCheck().check(bead(en, cut, new BeadEvidence(0.2, -5.0, 10, 0))).orElseThrow();
        assertEquals(FlagKind.LENGTH_RATIO, flag.kind());
        assertTrue(flag.reason().startsWith("target is " + cut.length() + " characters where about 83 are expected"),
                flag.reason());
        assertTrue(new LengthRatioCheck().check(bead("Yes.", "Ja, zeker weten.", new BeadEvidence(0, 9, 1, 0))).isEmpty(),
                "short segments are not judged by length");
    }

    @Test
    void aTargetThatStopsMidSentenceNeedsLessDeviation() {
        String en = "The average price of a home is now 413,000 euros, according to new figures.";
        String unfinished = "De gemiddelde prijs van een woning bedraagt momenteel";
        Flag flag = new LengthRatioCheck().check(bead(en, unfinished, new BeadEvidence(0.2, -2.0, 10, 0))).orElseThrow();
        assertTrue(flag.reason().startsWith("target stops mid-sentence"), flag.reason());
        assertTrue(new LengthRatioCheck().check(bead(en, unfinished, new BeadEvidence(0.2, -1.0, 10, 0))).isEmpty(),
                "a small deviation is no evidence even without a full stop");
        assertTrue(new LengthRatioCheck().check(bead(en, unfinished + ".", new BeadEvidence(0.2, -2.0, 10, 0))).isEmpty(),
                "a finished sentence needs the full deviation");
        assertTrue(new LengthRatioCheck().check(bead("Housing prices rise in Amsterdam and Utrecht",
                "Huizenprijzen stijgen in Amsterdam", new BeadEvidence(0.2, -2.0, 10, 0))).isEmpty(),
                "a headline without a full stop on either side is not unfinished");
    }

    @Test
    void similarityCheckNeedsContentLowOverlapAndLengthDisagreement() {
        String en = "Housing associations must build at least 250,000 social rental homes.";
        String nl = "Het weer blijft de komende dagen wisselvallig met zware regenbuien.";
        SimilarityCheck check = new SimilarityCheck();
        assertEquals(FlagKind.LOW_SIMILARITY, check.check(bead(en, nl, new BeadEvidence(0.0, 2.5, 12, 0)))
                .orElseThrow().kind());
        assertTrue(check.check(bead(en, nl, new BeadEvidence(0.0, 1.0, 12, 0))).isEmpty(), "lengths agree");
        assertTrue(check.check(bead(en, nl, new BeadEvidence(0.0, 2.5, 5, 0))).isEmpty(), "little content");
        assertTrue(check.check(bead(en, nl, new BeadEvidence(0.2, 2.5, 12, 0))).isEmpty(), "normal overlap");
    }

    @Test
    void untranslatedCheckCountsFunctionWords() {
        UntranslatedCheck check = new UntranslatedCheck("en", "nl");
        String english = "In return, the landlord levy on their properties will be abolished.";
        Flag flag = check.check(bead(english, english)).orElseThrow();
        assertEquals(FlagKind.UNTRANSLATED, flag.kind());
        assertTrue(check.check(bead(english, "In ruil daarvoor wordt de verhuurderheffing op hun woningen afgeschaft."))
                .isEmpty());
        assertTrue(check.check(bead(english, "Ajax wint van PSV.")).isEmpty(), "too few function words");
        assertTrue(new UntranslatedCheck("en", "xx").check(bead(english, english)).isEmpty(), "unknown language");
    }

    @Test
    void anAppendedSourceLanguageClauseIsFlaggedButAQuotedTitleIsNot() {
        UntranslatedCheck check = new UntranslatedCheck("en", "nl");
        String en = "Both charges carry the death penalty, according to the court filing.";
        Flag clause = check.check(bead(en, "Voor beide aanklachten is de doodstraf mogelijk, volgens het document. "
                + "It was filed by the prosecutors")).orElseThrow();
        assertTrue(clause.reason().startsWith("part of the target is still in the source language"), clause.reason());
        assertTrue(clause.reason().contains("was filed by the"), clause.reason());
        String book = "Lee, whose book 'AI Superpowers: China, Silicon Valley and the New World Order' came out this month.";
        assertTrue(check.check(bead(book, "Lee, wiens boek ‘AI Superpowers: China, Silicon Valley and the New World "
                + "Order’ deze maand verscheen.")).isEmpty(), "a title kept in quotation marks is a choice");
    }

    @Test
    void addressesCodeAndLoanwordsAreNotSourceLanguageText() {
        UntranslatedCheck check = new UntranslatedCheck("en", "nl");
        String en = "Read [how to contribute](https://example.org/how-to-contribute-to-the-project-of-your-dreams) first.";
        assertTrue(check.check(bead(en, "Lees eerst [hoe u kunt bijdragen]"
                + "(https://example.org/how-to-contribute-to-the-project-of-your-dreams).")).isEmpty(), "a link target");
        assertTrue(check.check(bead(en, "Lees eerst hoe u kunt bijdragen: https://example.org/how-to-contribute-to-the-project"))
                .isEmpty(), "a bare address");
        assertTrue(check.check(bead(en, "Lees eerst hoe u kunt bijdragen, how to contribute to the project of your dreams"))
                .isPresent(), "the same words as prose are still English");
        assertTrue(check.check(bead("Keep the documentation up to date.", "Houd de documentatie up-to-date."))
                .isEmpty(), "a loanword");
        assertTrue(check.check(bead("Keep the documentation up to date.", "Houd de documentatie up to date."))
                .isPresent(), "the English phrase itself");
    }

    @Test
    void aTitleOrNameTheSourceAlsoWritesIsNotUntranslated() {
        UntranslatedCheck check = new UntranslatedCheck("en", "nl");
        String en = "The concert is at Newport on the Levee in Kentucky.";
        assertTrue(check.check(bead(en, "Het concert is in Newport on the Levee in Kentucky.")).isEmpty());
        assertTrue(check.check(bead("The concert is in Kentucky.", "Het concert is in Newport on the Levee in Kentucky."))
                .isPresent(), "a stretch the source does not write proves nothing");
        String credit = "— @arfon, [\"The Shape of Open Source\"](https://github.com/blog/2195-the-shape-of-open-source)";
        assertTrue(check.check(bead(credit, credit)).isEmpty(), "a credit line: a title and an address");
        String sentence = "What am I doing here at the end of the day?";
        assertTrue(check.check(bead(sentence, sentence)).isPresent(), "capitals of function words make no title");
    }

    @Test
    void aColonEndsASentenceAndAGlossInParenthesesIsNotPadding() {
        LengthRatioCheck check = new LengthRatioCheck();
        String en = "The code of conduct describes the following rules for everyone in the project.";
        assertTrue(check.check(bead(en, "De gedragscode beschrijft het volgende:", new BeadEvidence(0.2, -2.0, 10, 0)))
                .isEmpty(), "a colon closes the sentence");
        assertTrue(check.check(bead(en, "De gedragscode beschrijft het volgende voor", new BeadEvidence(0.2, -2.0, 10, 0)))
                .isPresent(), "a function word does not");
        String source = "The change is committed to the repository after review.";
        String glossed = "De wijziging wordt na beoordeling opgeslagen ('committed') in de repository.";
        assertEquals("('committed')".length() + 1, LengthRatioCheck.glossLength(glossed, source));
        assertTrue(check.check(bead(source, glossed, new BeadEvidence(0.2, 3.5, 10, 0))).isEmpty());
        String padded = "De wijziging wordt na beoordeling opgeslagen (met zorg) in de repository.";
        assertEquals(0, LengthRatioCheck.glossLength(padded, source));
        assertTrue(check.check(bead(source, padded, new BeadEvidence(0.2, 3.5, 10, 0))).isPresent());
    }

    @Test
    void wordsThatReachTheSourceEndVetoABreakOff() {
        String en = "* You're attracting the wrong audience";
        String nl = "* Je trekt het verkeerde publiek aan";
        BeadEvidence evidence = new BeadEvidence(0.2, -0.5, 10, 0);
        assertTrue(new LengthRatioCheck().check(bead(en, nl, evidence)).orElseThrow().reason()
                .startsWith("target breaks off after \"aan\""), "length and punctuation alone");
        List<WordToken> source = new WordTokenizer("en").tokenize(en);
        List<WordToken> target = new WordTokenizer("nl").tokenize(nl);
        BitSet all = new BitSet();
        all.set(0, Math.max(source.size(), target.size()));
        WordAlignment covered = new WordAlignment(source, target, List.of(), all, all);
        BeadContext aligned = new BeadContext(new Bead(0, 1, 0, 1), evidence, en, nl, DOCUMENT, "", "", covered, false);
        assertTrue(new LengthRatioCheck().check(aligned).isEmpty(), "the target translates the source's last words");
        BitSet lostTail = new BitSet();
        lostTail.set(0, source.size() - 2);
        WordAlignment cut = new WordAlignment(source, target, List.of(), lostTail, all);
        assertTrue(new LengthRatioCheck().check(new BeadContext(new Bead(0, 1, 0, 1), evidence, en, nl, DOCUMENT, "", "",
                cut, false)).isPresent(), "the source's last words have no counterpart");
    }

    @Test
    void scoresStayInRangeAndFlagsLowerThem() {
        BeadEvidence good = new BeadEvidence(0.3, 0.2, 10, 0);
        double clean = BeadScore.twoSided(good, DOCUMENT, 0);
        double flagged = BeadScore.twoSided(good, DOCUMENT, 1);
        assertTrue(clean > 0.8 && clean <= 1, "clean " + clean);
        assertTrue(flagged < clean && flagged >= 0, "flagged " + flagged);
        assertTrue(BeadScore.twoSided(new BeadEvidence(0, 12, 10, 0), DOCUMENT, 3) >= 0);
        assertEquals(1.0, BeadScore.oneSided(new BeadEvidence(0, 0, 5, 0), DOCUMENT), 1e-9);
        assertEquals(0.0, BeadScore.oneSided(new BeadEvidence(0, 0, 5, 0.9), DOCUMENT), 1e-9);
    }
}
