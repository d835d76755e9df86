package org.tandem.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    private static final String ENGLISH = "The minister said on Tuesday that the talks would continue next week,"
            + " although neither side expected a breakthrough before the end of the year.";
    private static final String DUTCH = "De minister zei dinsdag dat de gesprekken volgende week worden voortgezet,"
            + " hoewel geen van beide partijen vóór het einde van het jaar een doorbraak verwachtte.";
    private static final String ENGLISH_TOO = "Farmers in the region have complained for years that the new rules"
            + " make it harder to sell their grain abroad, and the government has promised to listen.";

    private final LanguageIdentifier identifier = new LanguageIdentifier();

    @Test
    void englishAndDutchAreTold() {
        assertEquals(Optional.of("en"), identifier.identify(ENGLISH));
        assertEquals(Optional.of("nl"), identifier.identify(DUTCH));
    }

    @Test
    void veryShortTextGivesNoAnswer() {
        assertEquals(Optional.empty(), identifier.identify("Hello there"));
        assertEquals(Optional.empty(), identifier.identify("12 345 678 — 2022"));
        assertEquals(Optional.empty(), identifier.identify(""));
    }

    @Test
    void sameLanguageIsWarnedAbout() {
        SameLanguageCheck check = new SameLanguageCheck(identifier);
        ExtractedText source = new ExtractedText("source.txt", "text/plain", "UTF-8", List.of(ENGLISH));
        ExtractedText target = new ExtractedText("target.txt", "text/plain", "UTF-8", List.of(ENGLISH_TOO));

        Optional<String> warning = check.warning(source, target);

        assertEquals(Optional.of("source.txt and target.txt both look like English (en); is one of them the wrong file?"),
                warning);
    }

    @Test
    void differentLanguagesAreNotWarnedAbout() {
        SameLanguageCheck check = new SameLanguageCheck(identifier);

        assertTrue(check.warning("en.txt", ENGLISH, "nl.txt", DUTCH).isEmpty());
        assertTrue(check.warning("en.txt", ENGLISH, "short.txt", "Hi").isEmpty(), "unidentifiable side");
    }
}
