package org.tandem.segment;

import static org.tandem.segment.SegmentAssertions.assertSegments;

import org.junit.jupiter.api.Test;

class DutchSegmentationTest {

    private final Segmenter nl = SentenceSegmenter.forLanguage("nl");

    @Test
    void titles() {
        assertSegments(nl, "Dhr. De Vries sprak met mevr. Jansen. Daarna ging hij weg.",
                "Dhr. De Vries sprak met mevr. Jansen.", "Daarna ging hij weg.");
        assertSegments(nl, "Volgens die logica wint Mr. Trump. Dat denken velen.",
                "Volgens die logica wint Mr. Trump.", "Dat denken velen.");
        assertSegments(nl, "Zij sprak met prof. Bakker en dr. Smit. Het was nuttig.",
                "Zij sprak met prof. Bakker en dr. Smit.", "Het was nuttig.");
    }

    @Test
    void anAbbreviationBeforeANumberOrReferenceDoesNotEndTheSentence() {
        assertSegments(nl, "Zie Aanbeveling nr. R (85) 10 van de Raad. Die geldt.",
                "Zie Aanbeveling nr. R (85) 10 van de Raad.", "Die geldt.");
        assertSegments(nl, "Dat staat in art. 5 van de wet. Het is duidelijk.",
                "Dat staat in art. 5 van de wet.", "Het is duidelijk.");
        assertSegments(nl, "Zie Nr. 12 hieronder. Dat helpt.", "Zie Nr. 12 hieronder.", "Dat helpt.");
    }

    @Test
    void abbreviationsWithInnerPeriods() {
        assertSegments(nl, "Er waren o.a. Jan en Piet. Ook Klaas kwam.", "Er waren o.a. Jan en Piet.", "Ook Klaas kwam.");
        assertSegments(nl, "Neem i.p.v. Koffie thee. Dat is gezonder.", "Neem i.p.v. Koffie thee.", "Dat is gezonder.");
        assertSegments(nl, "Een vraag m.b.t. Europa bleef open. Niemand wist het.",
                "Een vraag m.b.t. Europa bleef open.", "Niemand wist het.");
        assertSegments(nl, "Fiets te koop, z.g.a.n. Prijs in overleg.", "Fiets te koop, z.g.a.n. Prijs in overleg.");
        assertSegments(nl, "Neem bijv. Amsterdam als voorbeeld. Of Utrecht.",
                "Neem bijv. Amsterdam als voorbeeld.", "Of Utrecht.");
        assertSegments(nl, "Bijv. Utrecht is mooi. Rotterdam ook.", "Bijv. Utrecht is mooi.", "Rotterdam ook.");
        assertSegments(nl, "Het staat in nr. 5 van het blad. Lees het.", "Het staat in nr. 5 van het blad.", "Lees het.");
    }

    @Test
    void listEndingAbbreviationEndsSentenceBeforeCapital() {
        assertSegments(nl, "Ze verkopen pennen, papier enz. De winkel is open.",
                "Ze verkopen pennen, papier enz.", "De winkel is open.");
    }

    @Test
    void suffixOfAWordIsNotAnAbbreviation() {
        assertSegments(nl, "Zij woont in Amerika. Hij niet.", "Zij woont in Amerika.", "Hij niet.");
    }

    @Test
    void numbersAndOrdinals() {
        assertSegments(nl, "Het kost 3,5 euro of 100.000 euro. Dat is veel.", "Het kost 3,5 euro of 100.000 euro.", "Dat is veel.");
        assertSegments(nl, "Hij vierde zijn 77e verjaardag. Iedereen kwam.", "Hij vierde zijn 77e verjaardag.", "Iedereen kwam.");
    }

    @Test
    void dutchQuotes() {
        assertSegments(nl, "Zij zei „nee.” Toen ging ze.", "Zij zei „nee.”", "Toen ging ze.");
        assertSegments(nl, "Hij zei: ‘Ja.’ Toen ging hij.", "Hij zei: ‘Ja.’", "Toen ging hij.");
        assertSegments(nl, "‘Waarom?’ vroeg ze. Hij zweeg.", "‘Waarom?’ vroeg ze.", "Hij zweeg.");
    }

    @Test
    void initials() {
        assertSegments(nl, "Het boek is van J. R. R. Tolkien. Lees het.", "Het boek is van J. R. R. Tolkien.", "Lees het.");
        assertSegments(nl, "Philips B.V. Eindhoven groeide. Het ging goed.", "Philips B.V. Eindhoven groeide.", "Het ging goed.");
    }
}
