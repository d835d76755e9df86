package org.tandem.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A text with its {@link TextTokenizer} tokens and their character offsets, made once and shared by
 * every reader of the text: the word aligner and each drift check would otherwise tokenize the same
 * bead side again. Immutable, so threads may share it.
 */
public final class TokenizedText {
    private static final TokenizedText EMPTY = new TokenizedText("", List.of(), new int[0], new int[0]);

    private final String text;
    private final List<Token> tokens;
    private final int[] starts;
    private final int[] ends;

    private TokenizedText(String text, List<Token> tokens, int[] starts, int[] ends) {
        this.text = text;
        this.tokens = tokens;
        this.starts = starts;
        this.ends = ends;
    }

    /** The text tokenized with {@code tokenizer} (which is not thread-safe: one per thread). */
    public static TokenizedText of(String text, TextTokenizer tokenizer) {
        List<Token> tokens = new ArrayList<>();
        int[][] offsets = {new int[8], new int[8]};
        tokenizer.scan(text, (surface, number, start, end) -> {
            int k = tokens.size();
            if (k == offsets[0].length) {
                offsets[0] = Arrays.copyOf(offsets[0], k * 2);
                offsets[1] = Arrays.copyOf(offsets[1], k * 2);
            }
            offsets[0][k] = start;
            offsets[1][k] = end;
            tokens.add(new Token(surface, TextTokenizer.fold(surface), number ? Token.Kind.NUMBER : Token.Kind.WORD,
                    k == 0));
        });
        return new TokenizedText(text, Collections.unmodifiableList(tokens), Arrays.copyOf(offsets[0], tokens.size()),
                Arrays.copyOf(offsets[1], tokens.size()));
    }

    /** The text tokenized with a tokenizer of its own: for a caller that tokenizes one text now and then. */
    public static TokenizedText of(String text) {
        return of(text, new TextTokenizer());
    }

    /**
     * The texts joined with {@code separator} between them, each separator put only after a non-empty
     * text so far (as {@code Segment.join} does with a space) when {@code skipLeadingSeparators}, always
     * otherwise; the parts' tokens shifted to their place. The tokenizer never joins tokens across white
     * space, so these are the tokens of the joined text.
     */
    public static TokenizedText join(List<TokenizedText> parts, char separator, boolean skipLeadingSeparators) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        if (parts.isEmpty()) {
            return EMPTY;
        }
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (TokenizedText part : parts) {
            count += part.size();
        }
        List<Token> tokens = new ArrayList<>(count);
        int[] starts = new int[count];
        int[] ends = new int[count];
        boolean first = true;
        for (TokenizedText part : parts) {
            if (!first && (!skipLeadingSeparators || out.length() > 0)) {
                out.append(separator);
            }
            first = false;
            int shift = out.length();
            out.append(part.text);
            for (int k = 0; k < part.size(); k++) {
                Token token = part.tokens.get(k);
                boolean initial = tokens.isEmpty();
                tokens.add(token.sentenceInitial() == initial ? token
                        : new Token(token.surface(), token.folded(), token.kind(), initial));
                starts[tokens.size() - 1] = part.starts[k] + shift;
                ends[tokens.size() - 1] = part.ends[k] + shift;
            }
        }
        return new TokenizedText(out.toString(), Collections.unmodifiableList(tokens), starts, ends);
    }

    public String text() {
        return text;
    }

    /** The tokens in order, unmodifiable. */
    public List<Token> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    /** Offset of token {@code k}'s first character in {@link #text()}. */
    public int start(int k) {
        return starts[k];
    }

    /** Offset just past token {@code k}'s last character. */
    public int end(int k) {
        return ends[k];
    }

    @Override
    public String toString() {
        return text;
    }
}
