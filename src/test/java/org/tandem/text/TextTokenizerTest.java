package org.tandem.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextTokenizerTest {
    @Test
    void foldLowersAndStripsDiacritics() {
        assertEquals("oekraine", TextTokenizer.fold("Oekraïne"));
        assertEquals("vooraf", TextTokenizer.fold("vóóraf"));
        assertEquals("ceske", TextTokenizer.fold("České"));
        assertEquals("francais", TextTokenizer.fold("FRANÇAIS"));
        assertEquals("nato", TextTokenizer.fold("NATO"));
        assertEquals("", TextTokenizer.fold(""));
        assertEquals("straße", TextTokenizer.fold("Straße"), "no decomposition for ß");
        assertEquals("москва", TextTokenizer.fold("Москва"));
    }

    @Test
    void tokensKeepNumbersWhole() {
        List<Token> tokens = new TextTokenizer().tokenize("On the 77th day, 100,000 people paid 3.5 euros.");
        assertEquals(List.of("On", "the", "77th", "day", "100,000", "people", "paid", "3.5", "euros"),
                tokens.stream().map(Token::surface).toList());
        assertEquals(List.of(false, false, true, false, true, false, false, true, false),
                tokens.stream().map(Token::isNumber).toList());
        assertTrue(tokens.get(0).sentenceInitial());
        assertFalse(tokens.get(1).sentenceInitial());
        assertEquals("on", tokens.get(0).folded());
    }

    @Test
    void tokenizerIsReusable() {
        TextTokenizer tokenizer = new TextTokenizer();
        assertEquals(2, tokenizer.tokenize("Het Oekraïense leger").size() - 1);
        assertEquals(List.of("oekraine"), tokenizer.tokenize("Oekraïne").stream().map(Token::folded).toList());
        assertEquals(List.of(), tokenizer.tokenize("  ... "));
    }

    @Test
    void acronymsAndCapitals() {
        List<Token> tokens = new TextTokenizer().tokenize("NATO en de VVD in Den Haag");
        assertTrue(tokens.get(0).isAcronym());
        assertFalse(tokens.get(1).isAcronym());
        assertTrue(tokens.get(3).isAcronym());
        assertTrue(tokens.get(5).isCapitalized());
        assertFalse(tokens.get(5).isAcronym());
    }

    @Test
    void stopwordsByLanguage() {
        assertTrue(Stopwords.forLanguage("nl").contains("het"));
        assertTrue(Stopwords.forLanguage("EN").contains("the"));
        assertFalse(Stopwords.forLanguage("en").contains("het"));
        assertFalse(Stopwords.forLanguage("xx").isKnown());
        assertFalse(Stopwords.forLanguage(null).isKnown());
    }
}
