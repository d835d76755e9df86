package org.tandem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.tandem.input.BadInputException;

/** Declared and detected languages, and the inputs given the wrong way round. */
class LanguageDirectionTest {
    private static final Optional<String> EN = Optional.of("en");
    private static final Optional<String> NL = Optional.of("nl");

    @Test
    void declaredLanguagesTheTextsConfirmStand() {
        LanguageDirection direction = LanguageDirection.resolve("a.txt", "en-GB", EN, "b.txt", "nl", NL);
        assertEquals("en → nl", direction.arrow());
        assertEquals(false, direction.detected());
        assertEquals(Optional.empty(), direction.warning());
    }

    @Test
    void declaredLanguagesContradictedTheSwappedWaySayTheInputsLookSwapped() {
        BadInputException both = assertThrows(BadInputException.class,
                () -> LanguageDirection.resolve("report.txt", "en", NL, "verslag.txt", "nl", EN));
        assertEquals("the inputs look swapped: en → nl was declared, but the source report.txt reads as Dutch and"
                + " the target verslag.txt as English; give the English file first", both.getMessage());

        BadInputException oneDeclared = assertThrows(BadInputException.class,
                () -> LanguageDirection.resolve("report.txt", null, NL, "verslag.txt", "nl", EN));
        assertEquals("the inputs look swapped: the target was declared as nl, but the source report.txt reads as Dutch and"
                + " the target verslag.txt as English; give the English file first", oneDeclared.getMessage());
    }

    @Test
    void aContradictionThatIsNoSwapNamesTheFile() {
        BadInputException wrong = assertThrows(BadInputException.class,
                () -> LanguageDirection.resolve("report.txt", "de", EN, "verslag.txt", "nl", NL));
        assertEquals("report.txt: declared as source language 'de' but the text looks like 'en'", wrong.getMessage());
    }

    @Test
    void undeclaredLanguagesAreDetectedAndSaidInWords() {
        LanguageDirection direction = LanguageDirection.resolve("a.txt", null, NL, "b.txt", null, EN);
        assertEquals("nl → en", direction.arrow());
        assertEquals("Dutch to English", direction.inWords());
        assertEquals(true, direction.detected());
        assertEquals(Optional.empty(), direction.warning());
    }

    @Test
    void fileNamesThatMarkTheOtherDirectionGiveAWarning() {
        LanguageDirection direction = LanguageDirection.resolve("talk.en.txt", null, NL, "talk.nl.txt", null, EN);
        assertEquals("nl → en", direction.arrow());
        assertEquals(Optional.of("the inputs may be swapped: the source talk.en.txt is named as English but reads as"
                + " Dutch, and the target talk.nl.txt is named as Dutch but reads as English; aligning nl → en as the"
                + " texts read (declare --source-lang and --target-lang to be sure)"), direction.warning());

        LanguageDirection oneNamed = LanguageDirection.resolve("talk_en.pdf", null, NL, "000_1bcc.txt", null, EN);
        assertEquals(Optional.of("the inputs may be swapped: the source talk_en.pdf is named as English but reads as"
                + " Dutch; aligning nl → en as the texts read (declare --source-lang and --target-lang to be sure)"),
                oneNamed.warning());
    }

    @Test
    void namesThatAgreeOrCarryNoLanguageCodeAreQuiet() {
        assertEquals(Optional.empty(), LanguageDirection.resolve("talk.nl.txt", null, NL, "talk.en.txt", null, EN).warning());
        assertEquals(Optional.empty(), LanguageDirection.resolve("000_1bcc9f068a6e245e.txt", null, NL,
                "lavrov-newsweek-2022.txt", null, EN).warning());
        assertEquals(Optional.empty(), LanguageDirection.nameTag("report-5e.txt"));
        assertEquals(Optional.of("nl"), LanguageDirection.nameTag("dir.en/report-NL.docx"));
    }

    @Test
    void anUndetectableLanguageMustBeDeclared() {
        BadInputException failure = assertThrows(BadInputException.class,
                () -> LanguageDirection.resolve("a.txt", null, Optional.empty(), "b.txt", "nl", NL));
        assertEquals("a.txt: cannot tell its language; give it with --source-lang", failure.getMessage());
    }
}
