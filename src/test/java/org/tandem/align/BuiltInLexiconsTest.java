package org.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class BuiltInLexiconsTest {
    @Test
    void englishDutchShipsAndServesBothDirections() {
        BuiltInLexicons.Found forward = BuiltInLexicons.find("en", "nl").orElseThrow();
        assertEquals("built-in en-nl (Tatoeba)", forward.description());
        assertEquals(List.of("cheese"), forward.lexicon().sourceWordsFor("kaas"));
        assertTrue(forward.lexicon().sourceWordsFor("oorlog").contains("war"));

        BuiltInLexicons.Found backward = BuiltInLexicons.find("nl-BE", "en_GB").orElseThrow();
        assertEquals("built-in en-nl (Tatoeba)", backward.description());
        assertEquals(List.of("kaas"), backward.lexicon().sourceWordsFor("cheese"));
        assertTrue(backward.lexicon().sourceWordsFor("kaas").isEmpty());
    }

    @Test
    void otherPairsHaveNone() {
        assertTrue(BuiltInLexicons.find("de", "fr").isEmpty());
        assertTrue(BuiltInLexicons.find("en", "en").isEmpty());
        assertTrue(BuiltInLexicons.find(null, "nl").isEmpty());
    }

    @Test
    void theListIsCompactAndHoldsOnlySingleWords() {
        DictionaryLexicon lexicon = (DictionaryLexicon) BuiltInLexicons.find("en", "nl").orElseThrow().lexicon();
        assertTrue(lexicon.size() > 1_000 && lexicon.size() < 50_000, "target words: " + lexicon.size());
    }
}
