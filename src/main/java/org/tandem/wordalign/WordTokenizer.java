package org.tandem.wordalign;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tandem.text.Stopwords;
import org.tandem.text.TextTokenizer;
import org.tandem.text.Token;
import org.tandem.text.TokenizedText;

/**
 * Splits one bead side into {@link WordToken}s with their character offsets, through
 * {@link TextTokenizer}'s scan, so that word alignment and the checks see the same words. Not
 * thread-safe: the Lucene tokenizer inside is reused.
 */
public final class WordTokenizer {
    private final TextTokenizer tokenizer = new TextTokenizer();
    private final Stopwords stopwords;

    public WordTokenizer(String language) {
        this.stopwords = Stopwords.closedClass(language);
    }

    public List<WordToken> tokenize(String text) {
        return tokenize(TokenizedText.of(text, tokenizer));
    }

    /** The word tokens of a text already tokenized: the same tokens, with what word alignment needs of each. */
    public List<WordToken> tokenize(TokenizedText text) {
        List<WordToken> tokens = new ArrayList<>(text.size());
        for (int k = 0; k < text.size(); k++) {
            Token token = text.tokens().get(k);
            String surface = token.surface();
            boolean number = token.isNumber();
            boolean content = number || (letters(surface) >= 2
                    && !stopwords.contains(surface.toLowerCase(Locale.ROOT)));
            boolean name = !tokens.isEmpty() && !number && Character.isUpperCase(surface.codePointAt(0));
            tokens.add(new WordToken(surface, token.folded(), text.start(k), text.end(k), number, content, name));
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
