package org.tandem.flag;

import java.util.ArrayList;
import java.util.List;

import org.tandem.text.Stopwords;
import org.tandem.text.TextTokenizer;
import org.tandem.text.Token;
import org.tandem.text.TokenizedText;

/**
 * Names and acronyms in a text: capitalised words that do not open a sentence or a quotation, and
 * all-capital words anywhere. A capital after sentence punctuation says nothing, so those words are
 * left out unless they are acronyms.
 */
final class NameExtractor {
    private static final String OPENERS = ".!?:;\"“”„‘’'«»()[]—–-•*";

    private final TextTokenizer tokenizer = new TextTokenizer();
    private final Stopwords stopwords;

    NameExtractor(String language) {
        this.stopwords = Stopwords.forLanguage(language);
    }

    /** A name as written and its folded form. */
    record Name(String written, String folded) {
    }

    List<Name> names(String text) {
        return names(TokenizedText.of(text, tokenizer));
    }

    List<Name> names(TokenizedText text) {
        List<Name> names = new ArrayList<>();
        scan(text, (token, isName) -> {
            if (isName) {
                names.add(new Name(withoutPossessive(token.surface()), normalForm(token.folded())));
            }
        });
        return names;
    }

    /**
     * Adds a text's words to a document's index in one pass: every capitalised word (sentence-initial
     * ones too: a name is a name wherever it stands), which of them stand where a capital marks a
     * name, and the words written in lower case.
     */
    void index(String text, NameIndex index) {
        index(TokenizedText.of(text, tokenizer), index);
    }

    void index(TokenizedText text, NameIndex index) {
        scan(text, (token, isName) -> {
            if (token.isNumber()) {
                return;
            }
            String form = normalForm(token.folded());
            if (token.isCapitalized()) {
                index.add(form);
            }
            if (isName) {
                index.addInsideSentence(form);
            }
            if (Character.isLowerCase(token.surface().codePointAt(0))) {
                index.addLowerCase(form);
            }
        });
    }

    private interface TokenVisitor {
        void visit(Token token, boolean isName);
    }

    /** Every token, and whether it is a name or acronym by the rules above. */
    private void scan(TokenizedText tokenized, TokenVisitor visitor) {
        String text = tokenized.text();
        int from = 0;
        for (Token token : tokenized.tokens()) {
            int at = text.indexOf(token.surface(), from);
            if (at < 0) {
                visitor.visit(token, false);
                continue;
            }
            from = at + token.surface().length();
            boolean isName = !token.isNumber() && token.folded().length() >= 2
                    && (token.isAcronym() || (token.isCapitalized() && !opensSentence(text, at)
                    && !stopwords.contains(token.surface().toLowerCase(java.util.Locale.ROOT))));
            visitor.visit(token, isName);
        }
    }

    /** All folded word forms of a text, for checking whether a name reappears in any spelling. */
    List<String> foldedWords(String text) {
        return foldedWords(TokenizedText.of(text, tokenizer));
    }

    List<String> foldedWords(TokenizedText text) {
        List<String> words = new ArrayList<>();
        for (Token token : text.tokens()) {
            if (!token.isNumber()) {
                words.add(normalForm(token.folded()));
            }
        }
        return words;
    }

    /** {@code U.S.} and {@code US}, {@code Russia’s} and {@code Russia} are one name. */
    static String normalForm(String folded) {
        return withoutPossessive(folded).replace(".", "");
    }

    private static String withoutPossessive(String word) {
        if (word.length() > 3 && (word.endsWith("’s") || word.endsWith("'s"))) {
            return word.substring(0, word.length() - 2);
        }
        return word;
    }

    /** Whether the word at {@code at} is the first of a sentence or quotation: a capital there says nothing. */
    static boolean opensSentence(String text, int at) {
        for (int k = at - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c)) {
                return OPENERS.indexOf(c) >= 0;
            }
        }
        return true;
    }
}
