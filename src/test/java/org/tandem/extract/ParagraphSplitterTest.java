package org.tandem.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphSplitterTest {
    private static List<String> split(String raw) {
        List<String> paragraphs = new ArrayList<>();
        ParagraphSplitter.splitInto(raw, paragraphs);
        return paragraphs;
    }

    @Test
    void blankLinesSeparateAndSingleNewlinesStay() {
        assertEquals(List.of("a\nb", "c"), split("\n\na\nb\n\n\n\nc\n\n"));
    }

    @Test
    void oldMacLineEndingsAndUnicodeSeparators() {
        assertEquals(List.of("a\nb", "c", "d"), split("a\rb\r\rc\u2029d"));
    }

    @Test
    void formFeedIsALineBreakNotAParagraphBreak() {
        assertEquals(List.of("end of page\nnext page"), split("end of page\fnext page"));
    }

    @Test
    void normalisationAppliesPerLine() {
        assertEquals(List.of("x y\nz"), split("  x \t y  \n\u200Bz\u0001"));
    }

    @Test
    void noTextGivesNoParagraphs() {
        assertEquals(List.of(), split(" \n\t\n"));
        assertEquals(List.of(), split(""));
    }
}
