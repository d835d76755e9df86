package org.tandem.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever the input, segments cover each paragraph exactly, up to whitespace. */
class NothingLostTest {

    private static final String[] PIECES = {
        "Mr.", "Dr.", "dhr.", "o.a.", "z.g.a.n.", "U.S.", "e.g.", "etc.", "J.", "R.", "3.5", "100,000", "1.", "2)",
        "a.", "...", "…", "“", "”", "„", "‘", "’", "'", "\"", "?", "!", ".", ",", ":", "-", "•", "(", ")", "The",
        "de", "Het", "word", "Amsterdam", "77th", "77e", "3.", "Oktober", "\n", "\n\n", "\r\n", "\u2029", "  ",
        "\t", "\u00a0", "😀", "x"
    };

    @Test
    void randomParagraphsLoseNoCharacters() {
        Random random = new Random(20240607L);
        for (String language : List.of("en", "nl", "de", "fr", "sv")) {
            for (SegmentationMethod method : SegmentationMethod.values()) {
                Segmenter segmenter = SentenceSegmenter.forLanguage(language, method);
                for (int round = 0; round < 200; round++) {
                    List<String> paragraphs = randomParagraphs(random);
                    assertCoversParagraphs(paragraphs, segmenter.segment(paragraphs));
                }
            }
        }
    }

    @Test
    void realisticTextLosesNoCharacters() {
        List<String> paragraphs = List.of(
                "Dhr. De Vries zei „nee.” Toen ging hij… naar huis. 1. Eerst dit\n2. dan dat",
                "He said “no.” Then he left for the U.S. The end? Yes!\nCaption here\n\nMore.");
        assertCoversParagraphs(paragraphs, SentenceSegmenter.forLanguage("nl").segment(paragraphs));
    }

    private static List<String> randomParagraphs(Random random) {
        List<String> paragraphs = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int p = 0; p < count; p++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) > 0) {
                    text.append(' ');
                }
            }
            paragraphs.add(text.toString());
        }
        return paragraphs;
    }

    private static void assertCoversParagraphs(List<String> paragraphs, List<Segment> segments) {
        StringBuilder[] rebuilt = new StringBuilder[paragraphs.size()];
        for (int i = 0; i < rebuilt.length; i++) {
            rebuilt[i] = new StringBuilder();
        }
        int previousParagraph = 0;
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            assertEquals(i, segment.id(), "ids are consecutive from 0");
            assertFalse(segment.text().isEmpty(), "no empty segments");
            assertEquals(segment.text().strip(), segment.text(), "segments are trimmed");
            assertFalse(segment.paragraph() < previousParagraph, "paragraph indices never go back");
            previousParagraph = segment.paragraph();
            rebuilt[segment.paragraph()].append(segment.text());
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            assertEquals(withoutWhitespace(paragraphs.get(i)), withoutWhitespace(rebuilt[i].toString()),
                    "paragraph " + i + " rebuilt from its segments: " + paragraphs.get(i));
        }
    }

    private static String withoutWhitespace(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(out::appendCodePoint);
        return out.toString();
    }
}
