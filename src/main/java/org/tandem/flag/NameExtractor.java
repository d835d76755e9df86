package org.tandem.flag;

import java.util.ArrayList;
import java.util.List;

import org.tandem.text.Stopwords;
import org.tandem.text.TextTokenizer;
import org.tandem.text.Token;

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
        List<Name> names = new ArrayList<>();
        int from = 0;
        for (Token token : tokenizer.tokenize(text)) {
            int at = text.indexOf(token.surface(), from);
            if (at < 0) {
                continue;
            }
            from = at + token.surface().length();
            if (token.isNumber() || token.folded().length() < 2) {
                continue;
            }
            boolean acronym = token.isAcronym();
            boolean opensSentence = opensSentence(text, at);
            if (acronym || (token.isCapitalized() && !opensSentence
                    && !stopwords.contains(token.surface().toLowerCase(java.util.Locale.ROOT)))) {
                names.add(new Name(withoutPossessive(token.surface()), normalForm(token.folded())));
            }
        }
        return names;
    }

    /** The folded forms of all capitalised words and acronyms, wherever they stand. */
    List<String> capitalizedWords(String text) {
        List<String> words = new ArrayList<>();
        for (Token token : tokenizer.tokenize(text)) {
            if (!token.isNumber() && token.isCapitalized()) {
                words.add(normalForm(token.folded()));
            }
        }
        return words;
    }

    /** The folded forms of words written in lower case. */
    List<String> lowerCaseWords(String text) {
        List<String> words = new ArrayList<>();
        for (Token token : tokenizer.tokenize(text)) {
            if (!token.isNumber() && Character.isLowerCase(token.surface().codePointAt(0))) {
                words.add(normalForm(token.folded()));
            }
        }
        return words;
    }

    /** All folded word forms of a text, for checking whether a name reappears in any spelling. */
    List<String> foldedWords(String text) {
        List<String> words = new ArrayList<>();
        for (Token token : tokenizer.tokenize(text)) {
            if (!token.isNumber()) {
                words.add(normalForm(token.folded()));
            }
        }
        return words;
    }

    /** {@code U.S.} and {@code US}, {@code Russia’s} and {@code Russia} are one name. */
    private static String normalForm(String folded) {
        return withoutPossessive(folded).replace(".", "");
    }

    private static String withoutPossessive(String word) {
        if (word.length() > 3 && (word.endsWith("’s") || word.endsWith("'s"))) {
            return word.substring(0, word.length() - 2);
        }
        return word;
    }

    private static boolean opensSentence(String text, int at) {
        for (int k = at - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c)) {
                return OPENERS.indexOf(c) >= 0;
            }
        }
        return true;
    }
}
