package org.tandem.segment;

import static org.tandem.segment.SegmentAssertions.assertSegments;

import org.junit.jupiter.api.Test;

class OtherLanguagesSegmentationTest {

    @Test
    void germanDottedOrdinalBeforeMonthOrLowerCase() {
        Segmenter de = SentenceSegmenter.forLanguage("de");
        assertSegments(de, "Am 3. Oktober war es kalt. Dann kam der Winter.", "Am 3. Oktober war es kalt.", "Dann kam der Winter.");
        assertSegments(de, "Er wurde 3. und sie 4. im Rennen. Gut.", "Er wurde 3. und sie 4. im Rennen.", "Gut.");
        assertSegments(de, "Das gilt z.B. für Hr. Müller. Er weiß es.", "Das gilt z.B. für Hr. Müller.", "Er weiß es.");
    }

    @Test
    void ordinalRuleDoesNotFireForYearsOrInLanguagesWithoutDottedOrdinals() {
        assertSegments(SentenceSegmenter.forLanguage("de"), "Das war 2018. Oktober kam danach.",
                "Das war 2018.", "Oktober kam danach.");
        assertSegments(SentenceSegmenter.forLanguage("en"), "He finished 3. October was cold.",
                "He finished 3.", "October was cold.");
    }

    @Test
    void french() {
        Segmenter fr = SentenceSegmenter.forLanguage("fr");
        assertSegments(fr, "Mme. Dupont et M. Martin sont venus. Ils sont partis.",
                "Mme. Dupont et M. Martin sont venus.", "Ils sont partis.");
    }

    @Test
    void unknownLanguageStillGetsIcuAndLanguageIndependentRules() {
        Segmenter xx = SentenceSegmenter.forLanguage("sv");
        assertSegments(xx, "Boken skrevs av J. R. R. Tolkien. Den är bra.", "Boken skrevs av J. R. R. Tolkien.", "Den är bra.");
        assertSegments(SentenceSegmenter.forLanguage(""), "One. Two.", "One.", "Two.");
    }

    @Test
    void regionalCodesUseTheLanguageLists() {
        assertSegments(SentenceSegmenter.forLanguage("nl-BE"), "Dhr. Peeters kwam. Hij bleef.", "Dhr. Peeters kwam.", "Hij bleef.");
        assertSegments(SentenceSegmenter.forLanguage("EN_gb"), "Dr. Who left. We stayed.", "Dr. Who left.", "We stayed.");
    }
}
