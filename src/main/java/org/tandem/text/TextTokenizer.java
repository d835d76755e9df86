package org.tandem.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Splits text into word and number tokens with Lucene's UAX#29 tokenizer, which keeps
 * {@code 100,000}, {@code 3.5} and {@code 77th} whole. Not thread-safe: the Lucene tokenizer is
 * reused across calls because creating one per segment dominates the cost on long documents.
 */
public final class TextTokenizer {
    private final StandardTokenizer tokenizer = new StandardTokenizer();
    private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = tokenizer.addAttribute(TypeAttribute.class);
    private final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);

    /** What {@link #scan} reports of each token: its text, whether it is a number, and its offsets. */
    @FunctionalInterface
    public interface TokenVisitor {
        void token(String surface, boolean number, int start, int end);
    }

    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        scan(text, (surface, number, start, end) -> tokens.add(new Token(surface, fold(surface),
                number ? Token.Kind.NUMBER : Token.Kind.WORD, tokens.isEmpty())));
        return tokens;
    }

    /** Runs the tokenizer over the text once, handing every token to the visitor in order. */
    public void scan(String text, TokenVisitor visitor) {
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                String surface = term.toString();
                boolean number = "<NUM>".equals(type.type()) || startsWithDigit(surface);
                visitor.token(surface, number, offset.startOffset(), offset.endOffset());
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                tokenizer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static boolean startsWithDigit(String s) {
        return !s.isEmpty() && Character.isDigit(s.charAt(0));
    }

    /** Lower case without diacritics, so that {@code Oekraïne} and {@code oekraine} compare equal. */
    public static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 128;
        }
        if (ascii) {
            return lower;
        }
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
