package org.tandem.wordalign;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.tandem.text.Stopwords;
import org.tandem.text.TextTokenizer;

/**
 * Splits one bead side into {@link WordToken}s with their character offsets, with Lucene's UAX#29
 * tokenizer (the one {@link TextTokenizer} uses, so both see the same words). Not thread-safe: the
 * Lucene tokenizer is reused.
 */
public final class WordTokenizer {
    private final StandardTokenizer tokenizer = new StandardTokenizer();
    private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = tokenizer.addAttribute(TypeAttribute.class);
    private final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
    private final Stopwords stopwords;

    public WordTokenizer(String language) {
        this.stopwords = Stopwords.functionWords(language);
    }

    public List<WordToken> tokenize(String text) {
        List<WordToken> tokens = new ArrayList<>();
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                String surface = term.toString();
                boolean number = "<NUM>".equals(type.type()) || Character.isDigit(surface.charAt(0));
                String folded = TextTokenizer.fold(surface);
                boolean content = number || (letters(surface) >= 2
                        && !stopwords.contains(surface.toLowerCase(Locale.ROOT)));
                boolean name = !tokens.isEmpty() && !number && Character.isUpperCase(surface.codePointAt(0));
                tokens.add(new WordToken(surface, folded, offset.startOffset(), offset.endOffset(), number, content,
                        name));
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
        return tokens;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
