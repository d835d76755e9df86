package org.tandem.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of every segment of one document side, each segment tokenized once, and the tokens of any
 * run of segments (a bead side, a bead's neighbours) put together from them without tokenizing again.
 */
public final class SegmentTokens {
    private final List<TokenizedText> segments;

    private SegmentTokens(List<TokenizedText> segments) {
        this.segments = segments;
    }

    /** Tokenizes every text on the calling thread. */
    public static SegmentTokens of(List<String> texts) {
        TextTokenizer tokenizer = new TextTokenizer();
        List<TokenizedText> segments = new ArrayList<>(texts.size());
        for (String text : texts) {
            segments.add(TokenizedText.of(text, tokenizer));
        }
        return new SegmentTokens(List.copyOf(segments));
    }

    public int size() {
        return segments.size();
    }

    public TokenizedText segment(int index) {
        return segments.get(index);
    }

    /** Segments {@code start} (inclusive) to {@code end} joined by a space, as a bead side's text is. */
    public TokenizedText span(int start, int end) {
        return TokenizedText.join(segments.subList(start, end), ' ', true);
    }

    /**
     * The segment just before {@code start} and the one at {@code end} (either empty where there is
     * none), joined by a line break: the neighbours of a bead side.
     */
    public TokenizedText around(int start, int end) {
        TokenizedText empty = TokenizedText.join(List.of(), ' ', true);
        TokenizedText before = start > 0 ? segments.get(start - 1) : empty;
        TokenizedText after = end < segments.size() ? segments.get(end) : empty;
        return TokenizedText.join(List.of(before, after), '\n', false);
    }
}
