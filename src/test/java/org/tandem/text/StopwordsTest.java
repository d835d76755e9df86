package org.tandem.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Function words, and the closed-class words that word alignment leaves out besides them. */
class StopwordsTest {
    @Test
    void closedClassWordsAddWhatLucenesListsLackOnEitherSide() {
        // Snowball's English list has "during", "only" and "own"; Lucene's Dutch one lacks their translations.
        assertTrue(Stopwords.functionWords("en").contains("during"));
        assertFalse(Stopwords.functionWords("nl").contains("tijdens"));
        assertTrue(Stopwords.closedClass("nl").contains("tijdens"));
        assertTrue(Stopwords.closedClass("nl").contains("alleen"));
        assertTrue(Stopwords.closedClass("nl").contains("eigen"));
        assertFalse(Stopwords.functionWords("en").contains("will"));
        assertTrue(Stopwords.closedClass("en").contains("will"));
        assertTrue(Stopwords.closedClass("en-GB").contains("will"));
        // The function words themselves stay, and content words are not swept in.
        assertTrue(Stopwords.closedClass("nl").contains("het"));
        assertFalse(Stopwords.closedClass("nl").contains("verkiezingen"));
        assertFalse(Stopwords.closedClass("en").contains("election"));
    }

    @Test
    void aLanguageWithoutAListKeepsLucenesFunctionWords() {
        assertTrue(Stopwords.closedClass("de").contains("und"));
        assertFalse(Stopwords.closedClass("de").contains("however"));
        assertFalse(Stopwords.closedClass("xx").isKnown());
    }
}
