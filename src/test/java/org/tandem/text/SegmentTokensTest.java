package org.tandem.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SegmentTokensTest {
    private static final List<String> SEGMENTS = List.of("De VS zeiden op 23/09/2022 dat 100.000 mensen…",
            "", "“Poetin’s plan,” zei hij. ", "3,5% of £11million at 6am (U.S.)", "Ende");

    /** Tokens, offsets and sentence-initial marks of a text tokenized as a whole. */
    private static List<String> whole(String text) {
        TokenizedText tokenized = TokenizedText.of(text);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < tokenized.size(); k++) {
            out.add(tokenized.tokens().get(k) + "@" + tokenized.start(k) + "-" + tokenized.end(k));
            assertEquals(tokenized.tokens().get(k).surface(), text.substring(tokenized.start(k), tokenized.end(k)));
        }
        return out;
    }

    private static List<String> described(TokenizedText tokenized) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < tokenized.size(); k++) {
            out.add(tokenized.tokens().get(k) + "@" + tokenized.start(k) + "-" + tokenized.end(k));
        }
        return out;
    }

    @Test
    void aSpanOfSegmentsHasTheTokensOfItsJoinedText() {
        SegmentTokens tokens = SegmentTokens.of(SEGMENTS);
        for (int start = 0; start < SEGMENTS.size(); start++) {
            for (int end = start + 1; end <= SEGMENTS.size(); end++) {
                StringBuilder joined = new StringBuilder();
                for (String segment : SEGMENTS.subList(start, end)) {
                    if (joined.length() > 0) {
                        joined.append(' ');
                    }
                    joined.append(segment);
                }
                TokenizedText span = tokens.span(start, end);
                assertEquals(joined.toString(), span.text());
                assertEquals(whole(joined.toString()), described(span), start + ".." + end);
            }
        }
    }

    @Test
    void theNeighboursOfASpanAreTheSegmentsEitherSideJoinedByALineBreak() {
        SegmentTokens tokens = SegmentTokens.of(SEGMENTS);
        TokenizedText around = tokens.around(2, 4);
        assertEquals(SEGMENTS.get(1) + "\n" + SEGMENTS.get(4), around.text());
        assertEquals(whole(around.text()), described(around));
        assertEquals("\n" + SEGMENTS.get(1), tokens.around(0, 1).text());
        assertEquals(SEGMENTS.get(3) + "\n", tokens.around(4, 5).text());
    }
}
