package org.tandem.flag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tandem.text.NumberNormalizer;
import org.tandem.text.TextTokenizer;
import org.tandem.text.Token;

/**
 * The numbers a segment states, in canonical form. Dates come apart into day, month and year, and a
 * month name next to a number counts as its month number, so {@code September 23, 2022},
 * {@code 23 september 2022} and {@code 23/09/2022} all give 23, 9 and 2022.
 */
final class NumberExtractor {
    /**
     * A month named without a day ("in July") is still a date the translation must keep. Month words
     * that are also ordinary words or abbreviations ({@code may}, {@code march}, {@code jan}) are marked
     * with a {@code ?} in the resource files and count only next to a number.
     *
     * {@code 10:15}, {@code 10.15} and {@code 10,15}: one language writes a time with a colon, another
     * with a point. Read as two numbers on both sides, a time matches however it is written, and a
     * decimal with two places still matches its other-language spelling ({@code 3.25}/{@code 3,25}).
     */
    private static final Pattern CLOCK_TIME = Pattern.compile("(\\d{1,2})[.:,](\\d{2})(?:\\p{L}{1,3}\\.?)?");

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
                Matcher time = CLOCK_TIME.matcher(token.surface());
                if (time.matches()) {
                    numbers.add(new StatedNumber(token.surface(), String.valueOf(Integer.parseInt(time.group(1)))));
                    numbers.add(new StatedNumber(token.surface(), String.valueOf(Integer.parseInt(time.group(2)))));
                    continue;
                }
                NumberNormalizer.normalize(token.surface())
                        .ifPresent(value -> numbers.add(new StatedNumber(token.surface(), value)));
            } else {
                boolean nearNumber = nextToNumber(tokens, k);
                months.valueOf(token.folded()).ifPresent(month -> {
                    boolean onlyNearNumber = month.endsWith("?");
                    if (!onlyNearNumber || nearNumber) {
                        numbers.add(new StatedNumber(token.surface(), onlyNearNumber ? month.substring(0, month.length() - 1) : month));
                    }
                });
            }
        }
        return numbers;
    }

    /**
     * Values the segment writes out in words ("five", "vijftig", and any month word, ambiguous or not):
     * they excuse a number or a month missing on the other side.
     */
    Set<String> valuesInWords(String text) {
        Set<String> values = new HashSet<>();
        for (Token token : tokenizer.tokenize(text)) {
            if (!token.isNumber()) {
                numberWords.valueOf(token.folded()).flatMap(NumberNormalizer::normalize).ifPresent(values::add);
                months.valueOf(token.folded()).map(m -> m.replace("?", "")).ifPresent(values::add);
            }
        }
        return values;
    }

    private static boolean nextToNumber(List<Token> tokens, int k) {
        return (k > 0 && tokens.get(k - 1).isNumber()) || (k + 1 < tokens.size() && tokens.get(k + 1).isNumber());
    }
}
