package org.tandem.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class UnicodeTextTest {
    @Test
    void xmlKeepsLegalTextUntouched() {
        String text = "Oekraïne “x” \t tab 😀 emoji";
        assertSame(text, UnicodeText.forXml(text));
    }

    @Test
    void xmlReplacesForbiddenCharactersAndNormalisesLineBreaks() {
        assertEquals("a\uFFFDb\uFFFDc\uFFFDd", UnicodeText.forXml("a\u0000b\u001Bc\uFFFEd"));
        assertEquals("one\ntwo\nthree", UnicodeText.forXml("one\r\ntwo\rthree"));
    }

    @Test
    void loneSurrogatesBecomeReplacementCharactersButPairsStay() {
        assertEquals("x\uFFFDy😀", UnicodeText.withoutLoneSurrogates("x\uD800y😀"));
        assertEquals("\uFFFD", UnicodeText.forXml("\uDC00"));
        assertEquals("keeps\u0007bell", UnicodeText.withoutLoneSurrogates("keeps\u0007bell"));
    }
}
