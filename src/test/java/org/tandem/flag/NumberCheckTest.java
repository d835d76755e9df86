package org.tandem.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.tandem.align.AlignmentParameters;
import org.tandem.align.Bead;
import org.tandem.align.BeadEvidence;

/** Numbers written differently in the two languages match; changed ones are reported with their place. */
class NumberCheckTest {
    private static final DocumentContext DOCUMENT = new DocumentContext("en", "nl",
            AlignmentParameters.initial(1.1).withDocumentStatistics(1.1, 4.0, 0.25, 1.0), 0.25,
            new NameIndex(), new NameIndex(), 100);

    private static Optional<Flag> numbers(String en, String nl) {
        return new NumberCheck("en", "nl").check(new BeadContext(new Bead(0, 1, 0, 1),
                new BeadEvidence(0.25, 0.0, 10.0, 0), en, nl, DOCUMENT, "", ""));
    }

    private static void same(String en, String nl) {
        Optional<Flag> flag = numbers(en, nl);
        assertTrue(flag.isEmpty(), () -> en + " / " + nl + ": " + flag.get().reason());
    }

    private static Flag differs(String en, String nl) {
        return numbers(en, nl).orElseThrow(() -> new AssertionError(en + " / " + nl + ": no flag"));
    }

    private static List<String> spanned(Flag flag, String en, String nl) {
        return flag.spans().stream().map(s -> (s.side() == Span.Side.SOURCE ? en : nl).substring(s.start(), s.end())).toList();
    }

    @Test
    void clockTimesMatchHoweverWritten() {
        same("The polls open at 6am.", "De stembureaus gaan om 6:00 uur open.");
        same("It starts at 11 a.m. ET on Friday.", "Het begint vrijdag om 11:00 uur ET.");
        same("at 6 a.m.", "om 6 uur 's ochtends");
        same("at 6.30pm", "om 18.30 uur");
        same("at 6:30 in the evening", "om half zeven 's avonds");
        same("at 2pm", "om 14.00 uur");
        same("at 12 a.m.", "om 0 uur");
        same("at 3 p.m. on Monday", "maandag om 15 uur");
        assertTrue(numbers("at 3 a.m. on Monday", "maandag om 15 uur").isPresent(), "morning is not afternoon");
        assertEquals("source has 11:15 but the target does not; target has 11:21 but the source does not",
                differs("on Sunday at 11:15 BST.", "op zondag om 11:21 BST.").reason());
    }

    @Test
    void currencyAndMagnitudesAreOneValue() {
        same("He was fined £11million.", "Hij kreeg een boete van 11 miljoen pond.");
        same("a bond of $26,750", "een borgsom van 26.750 dollar");
        same("a $1.5bn deal", "een deal van 1,5 miljard dollar");
        same("the £2.8bn market", "de markt van £ 2,8 mld");
        same("£11m", "11 miljoen pond");
        same("five million people", "vijf miljoen mensen");
        same("5 million people", "vijf miljoen mensen");
        same("a 100m sprint", "een sprint over 100 meter");
        Flag flag = differs("20.4 million people watched", "20,4 honderd mensen keken");
        assertEquals(List.of("20.4 million", "20,4 honderd"), spanned(flag, "20.4 million people watched",
                "20,4 honderd mensen keken"));
        assertTrue(numbers("More than 20 million people", "Meer dan 20 miljard mensen").isPresent());
    }

    @Test
    void numberWordsCompareAsNumbers() {
        same("twenty-four hour news", "24 uur nieuws");
        same("three men", "drie mannen");
        same("three men", "3 mannen");
        same("two and a half", "tweeënhalf");
        same("three hundred people", "driehonderd mensen");
        same("the two countries", "beide landen");
        same("hundreds of commits", "honderden commits");
        same("tens of thousands of components", "tienduizenden componenten");
        same("hundreds of thousands of people", "honderdduizenden mensen");
        // A changed quantity in words is still found (a published translation of a book on Git).
        assertEquals("source has thousands but the target does not",
                differs("hundreds or thousands of commits", "tientallen of zelfs honderden patches").reason());
        same("in the past two decades", "in de afgelopen twintig jaar");
        same("He felt lucky. The three-time world champion said so.",
                "Hij achtte zich gelukkig. De driemalig wereldkampioen zei het.");
        same("a three-year-old boy", "een driejarige jongen");
        String en = "Five of the victims were tourists from Argentina.";
        String nl = "Vier slachtoffers waren toeristen uit Argentinië.";
        Flag flag = differs(en, nl);
        assertEquals("source has Five but the target does not; target has Vier but the source does not", flag.reason());
        assertEquals(List.of("Five", "Vier"), spanned(flag, en, nl));
        assertTrue(numbers("The two countries have not met.", "De acht landen zijn niet bijeengekomen.").isPresent(),
                "a word that is also an ordinary word still counts as the different number");
        assertTrue(numbers("one or two nice moments", "een of zeven mooie momenten").isPresent());
        same("The three men left.", "De mannen vertrokken.");
        same("It was one of those days.", "Het was een van die dagen.");
        same("for the first time", "voor het eerst");
        same("in the second half", "in de tweede helft");
    }

    @Test
    void addressesAndMarkupStateNoNumbers() {
        same("<img src=\"https://example.org/u/131416?v=3&s=400\" alt=\"avatar\">",
                "<img src=\"https://example.org/jane?s=180\" alt=\"avatar\">");
        same("Consider [tracking it](https://example.org/2023-07-19-metrics/) as well.", "Overweeg het bij te houden.");
        same("Mail jo2@example.org today.", "Mail vandaag naar jo@example.org.");
        assertTrue(numbers("See https://example.org for 3 guides.", "Zie https://example.org voor 4 gidsen.").isPresent());
    }

    @Test
    void theModalMayIsNoMonth() {
        same("Parties may 30 days after notice withdraw.", "Partijen kunnen 30 dagen na kennisgeving opzeggen.");
        assertTrue(numbers("on 5 May", "op 5 juni").isPresent());
        same("on 5 May", "op 5 mei");
    }

    @Test
    void decadesInWordsAndSectionNumbers() {
        same("in the 1980s", "in de jaren tachtig");
        same("in the 1980s", "in de jaren 80");
        same("under Article 9.1", "op grond van artikel 9, eerste lid");
        assertTrue(numbers("The fall of 1.8 per cent", "De val van 1,11 procent").isPresent());
    }

    @Test
    void aDroppedUnitConversionIsReportedWithLessWeight() {
        String en = "The plane sank in about 30 meters (100 feet) of water.";
        String nl = "Het vliegtuig zonk in het ongeveer 30 meter diepe water.";
        Flag conversion = differs(en, nl);
        assertEquals("source has 100 feet, the same as 30 meters, but the target does not", conversion.reason());
        assertEquals(List.of("100"), spanned(conversion, en, nl));
        Flag changed = differs("in about 30 meters of water", "in ongeveer 40 meter water");
        assertTrue(conversion.weight() < changed.weight(), "a dropped conversion ranks below a changed number");
        assertTrue(differs("45 miles (72 kilometers) away", "72 kilometer verderop").weight() < 1);
        assertEquals(1.0, differs("45 miles (72 kilometers) away", "70 kilometer verderop").weight(),
                "a changed number next to a conversion is a full flag");
        same("50 miles away", "80 kilometer verderop");
    }
}
