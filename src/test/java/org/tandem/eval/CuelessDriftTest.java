package org.tandem.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.tandem.eval.ParallelCorpus.ParallelDocument;

class CuelessDriftTest {
    private static final CuelessDrift DUTCH = new CuelessDrift("nl");
    private static final String SENTENCE = "Pelosi verklaarde dat zij vond dat de getuigenis van Kavanaugh aantoonde "
            + "dat hij niet in het Hooggerechtshof kon zitten, omdat hij vooringenomen is tegen Democraten.";

    @RepeatedTest(20)
    void aCutOffEndsWithTheOriginalsFullStopAndKeepsTheOpeningWords(org.junit.jupiter.api.RepetitionInfo run) {
        String cut = DUTCH.cutOffWithStop(SENTENCE, new Random(run.getCurrentRepetition()));
        assertTrue(cut.endsWith("."), cut);
        assertFalse(cut.endsWith(",.") || cut.endsWith(" ."), cut);
        String body = cut.substring(0, cut.length() - 1);
        assertTrue(SENTENCE.startsWith(body), cut);
        int words = body.split(" ").length;
        int all = SENTENCE.split(" ").length;
        assertTrue(words >= all * 0.4 && words <= all * 2 / 3.0, cut);
        String last = body.substring(body.lastIndexOf(' ') + 1).toLowerCase();
        assertFalse(List.of("dat", "zij", "hij", "de", "van", "in", "het", "niet").contains(last), cut);
    }

    @Test
    void aCutOffNeedsAFinalPunctuationMarkAndEnoughWords() {
        assertNull(DUTCH.cutOffWithStop("Federale aanklagers eisen zeldzame doodstraf voor verdachte", new Random(1)));
        assertNull(DUTCH.cutOffWithStop("Dat zei hij gisteren.", new Random(1)));
        String quoted = DUTCH.cutOffWithStop("Hij zei: \"Het bewijs van niet alleen Toyota maar ook van andere "
                + "producenten is duidelijk.\"", new Random(3));
        assertTrue(quoted.endsWith("."), quoted);
        assertEquals(0, quoted.chars().filter(c -> c == '"').count() % 2, quoted);
    }

    @Test
    void anAppendedClauseGoesBeforeTheFinalPunctuation() {
        assertEquals("Het regent in Amsterdam, voor de verspreiding van de ziekte!",
                CuelessDrift.appendClause("Het regent in Amsterdam!", "voor de verspreiding van de ziekte"));
        assertNull(CuelessDrift.appendClause("Federale aanklagers eisen doodstraf", "voor de verspreiding"));
    }

    @RepeatedTest(10)
    void anInsertedClauseStandsInsideTheSentenceBetweenCommas(org.junit.jupiter.api.RepetitionInfo run) {
        String clause = "voor de verspreiding van de ziekte";
        String inserted = DUTCH.insertClause(SENTENCE, clause, new Random(run.getCurrentRepetition()));
        assertTrue(inserted.contains(", " + clause + ", "), inserted);
        assertTrue(inserted.replace(", " + clause + ",", ",").equals(SENTENCE)
                || inserted.replace(", " + clause + ", ", " ").equals(SENTENCE), inserted);
        assertTrue(inserted.endsWith("Democraten."), inserted);
    }

    @Test
    void anInsertedClauseNeverFollowsAnArticle() {
        String headline = "Federale aanklagers eisen een zeldzame doodstraf voor verdachte";
        for (int seed = 0; seed < 30; seed++) {
            String inserted = DUTCH.insertClause(headline, "met het normaliseren van de situatie", new Random(seed));
            assertFalse(inserted.contains("een, met"), inserted);
            assertFalse(inserted.contains("voor, met"), inserted);
        }
    }

    @Test
    void aDonorClauseIsAStretchOfTheOtherDocumentsTranslationWithoutQuotes() {
        ParallelDocument donor = new ParallelDocument("other", List.of("Doctors said so."),
                List.of("Volgens de artsen, die het kamp bezochten na de uitbraak, is de ziekte ‘onder controle’."));
        for (int seed = 0; seed < 10; seed++) {
            String clause = DUTCH.donorClause(donor, new Random(seed));
            assertTrue(List.of("die het kamp bezochten na de uitbraak", "is de ziekte onder controle")
                    .contains(clause), clause);
        }
    }

    @RepeatedTest(10)
    void aDroppedClauseLeavesTheRestOfTheSentenceInOrder(org.junit.jupiter.api.RepetitionInfo run) {
        String sentence = "De politie vond de bril op de plaats delict, zei de woordvoerder van de politie, "
                + "en vond het DNA van Simpson op de bril (volgens het laboratorium in Baton Rouge).";
        String dropped = CuelessDrift.dropClause(sentence, new Random(run.getCurrentRepetition()));
        assertTrue(List.of(
                "De politie vond de bril op de plaats delict, en vond het DNA van Simpson op de bril "
                        + "(volgens het laboratorium in Baton Rouge).",
                "De politie vond de bril op de plaats delict, zei de woordvoerder van de politie.",
                "De politie vond de bril op de plaats delict, zei de woordvoerder van de politie, "
                        + "en vond het DNA van Simpson op de bril.").contains(dropped), dropped);
    }

    @Test
    void noClauseIsDroppedFromASentenceWithoutOne() {
        assertNull(CuelessDrift.dropClause("Vijf slachtoffers waren toeristen uit Argentinië.", new Random(1)));
        assertNull(CuelessDrift.dropClause("Ja, zei hij.", new Random(1)));
    }

    @Test
    void aReplacedNameIsOneBothSidesShareAndTheNewNameIsNewToTheDocument() {
        String source = "Saipov used a Home Depot truck on the West Side Highway in Lower Manhattan.";
        String target = "Sajpov gebruikte een truck van Home Depot op de West Side Highway in Lower Manhattan.";
        List<String> others = List.of("West Side Highway", "Lindsey Graham");
        for (int seed = 0; seed < 10; seed++) {
            String replaced = CuelessDrift.replaceName(source, target, others, source + "\n" + target, new Random(seed));
            assertTrue(replaced.contains("Lindsey Graham"), replaced);
            assertTrue(replaced.startsWith("Sajpov gebruikte een truck van "), replaced);
            assertNotEquals(target, replaced);
        }
        assertFalse(CuelessDrift.hasSharedName("Sajpov drove.", "Sajpov reed."), "a sentence's first word is no name");
        assertNull(CuelessDrift.replaceName(source, target, List.of("Home Depot"), source + target, new Random(1)));
    }

    @Test
    void theNamePoolHoldsNamesBothSidesOfAPairWrite() {
        ParallelDocument document = new ParallelDocument("d",
                List.of("The council met Nancy Pelosi in Boston.", "It rained."),
                List.of("De raad ontmoette Nancy Pelosi in Boston.", "Het regende."));
        assertEquals(List.of("Nancy Pelosi", "Boston"), CuelessDrift.names(List.of(document)));
    }

    @Test
    void aNumberWordBecomesAnotherOfItsKindWithItsCase() {
        for (int seed = 0; seed < 20; seed++) {
            String changed = DUTCH.changeNumberWord("Vijf slachtoffers waren toeristen uit Argentinië.", new Random(seed));
            String word = changed.substring(0, changed.indexOf(' '));
            assertTrue(List.of("Twee", "Drie", "Vier", "Zes", "Zeven", "Acht", "Negen", "Tien", "Elf", "Twaalf")
                    .contains(word), changed);
            String tens = DUTCH.changeNumberWord("Er kwamen twintig mensen.", new Random(seed));
            assertTrue(tens.matches("Er kwamen (dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig) mensen\\."),
                    tens);
        }
        assertFalse(DUTCH.hasNumberWord("Er kwam een man en een vrouw."), "een is the article");
        assertFalse(DUTCH.hasNumberWord("De tweede ronde."));
        assertNull(DUTCH.changeNumberWord("Er kwam een man.", new Random(1)));
        assertTrue(new CuelessDrift("en").hasNumberWord("Five of the victims were tourists."));
        assertFalse(new CuelessDrift("xx").hasNumberWord("Five of the victims were tourists."));
    }
}
