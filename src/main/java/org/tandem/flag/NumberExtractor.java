package org.tandem.flag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.tandem.text.NumberNormalizer;
import org.tandem.text.TextTokenizer;
import org.tandem.text.Token;

/**
 * The numbers a segment states, in canonical form. Dates come apart into day, month and year, and a
 * month name next to a number counts as its month number, so {@code September 23, 2022},
 * {@code 23 september 2022} and {@code 23/09/2022} all give 23, 9 and 2022.
 */
final class NumberExtractor {
    private final TextTokenizer tokenizer = new TextTokenizer();
    private final WordTable months;
    private final WordTable numberWords;

    NumberExtractor(String language) {
        this.months = WordTable.load("months", language);
        this.numberWords = WordTable.load("number-words", language);
    }

    /** A number as written and its canonical value. */
    record StatedNumber(String written, String value) {
    }

    List<StatedNumber> numbers(String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        List<StatedNumber> numbers = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if (token.isNumber()) {
                NumberNormalizer.normalize(token.surface())
                        .ifPresent(value -> numbers.add(new StatedNumber(token.surface(), value)));
            } else if (nextToNumber(tokens, k)) {
                months.valueOf(token.folded()).ifPresent(month -> numbers.add(new StatedNumber(token.surface(), month)));
            }
        }
        return numbers;
    }

    /** Values the segment writes out in words ("five", "vijftig"): they excuse a missing digit. */
    Set<String> valuesInWords(String text) {
        Set<String> values = new HashSet<>();
        for (Token token : tokenizer.tokenize(text)) {
            if (!token.isNumber()) {
                Optional<String> value = numberWords.valueOf(token.folded());
                value.flatMap(NumberNormalizer::normalize).ifPresent(values::add);
            }
        }
        return values;
    }

    private static boolean nextToNumber(List<Token> tokens, int k) {
        return (k > 0 && tokens.get(k - 1).isNumber()) || (k + 1 < tokens.size() && tokens.get(k + 1).isNumber());
    }
}
