package org.tandem.flag;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguagelessTextTest {
    @Test
    void punctuationMarkupAddressesAndIdentifierFieldsHaveNoLanguage() {
        assertTrue(LanguagelessText.isLanguageless("(...)"));
        assertTrue(LanguagelessText.isLanguageless("———————————————–"));
        assertTrue(LanguagelessText.isLanguageless("<img src=\"https://avatars.example.com/u/131416?s=400\" alt=\"avatar\">"));
        assertTrue(LanguagelessText.isLanguageless("lang: nl"));
        assertTrue(LanguagelessText.isLanguageless("image: /assets/images/cards/finding.png"));
        assertTrue(LanguagelessText.isLanguageless("related: - beginners - building"));
        assertTrue(LanguagelessText.isLanguageless("order: 3"));
    }

    @Test
    void wordsNumbersAndFieldsWithProseAreLanguage() {
        assertFalse(LanguagelessText.isLanguageless("title: Finding Users For Your Project"));
        assertFalse(LanguagelessText.isLanguageless("toc: spreading-the-word: \"Spreading the word\""));
        assertFalse(LanguagelessText.isLanguageless("- beginners"));
        assertFalse(LanguagelessText.isLanguageless("2019"));
        assertFalse(LanguagelessText.isLanguageless("Ik was behoorlijk zenuwachtig."));
        assertFalse(LanguagelessText.isLanguageless("[Meer lezen](https://example.org/more)"));
    }
}
