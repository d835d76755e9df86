package org.tandem.flag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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
    private static final Pattern CLOCK_TIME = Pattern.compile("(\\d{1,2})[.:,]([0-5]\\d)(?:\\p{L}{1,3}\\.?)?");

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
                months.valueOf(withoutPossessive(token.folded())).ifPresent(month -> {
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
                numberInWord(token.folded()).flatMap(NumberNormalizer::normalize).ifPresent(values::add);
                months.valueOf(withoutPossessive(token.folded())).map(m -> m.replace("?", "")).ifPresent(values::add);
            }
        }
        return values;
    }

    /**
     * The number a word writes, alone ({@code vijf}), composed the way Dutch and German do
     * ({@code vierentwintig}, {@code vierundzwanzig}) or at the head of a compound or an ordinal
     * ({@code vierentwintigjarige}, {@code negentiende}, {@code elftal}, {@code nineteenth}).
     */
    Optional<String> numberInWord(String folded) {
        Optional<String> whole = composed(folded);
        if (whole.isPresent()) {
            return whole;
        }
        for (int end = folded.length() - 1; end >= MIN_NUMBER_HEAD; end--) {
            String rest = folded.substring(end);
            boolean compound = (end >= MIN_COMPOUND_HEAD && rest.length() >= MIN_COMPOUND_REST)
                    || COUNTING_ENDINGS.contains(rest);
            if (!compound && !ORDINAL_ENDINGS.contains(rest)) {
                continue;
            }
            Optional<String> head = composed(folded.substring(0, end));
            if (head.isPresent()) {
                return head;
            }
        }
        return Optional.empty();
    }

    private static final int MIN_NUMBER_HEAD = 3;
    /**
     * A number word heads a compound only when both parts are long enough: {@code vijftigjarige}
     * is fifty, {@code achterhalen} is not eight.
     */
    private static final int MIN_COMPOUND_HEAD = 5;
    private static final int MIN_COMPOUND_REST = 3;
    /** Endings that make a group or a multiple of a short number word: {@code elftal}, {@code drievoud}, {@code dreifach}. */
    private static final Set<String> COUNTING_ENDINGS = Set.of("tal", "voud", "maal", "fach", "mal", "ling", "linge");
    private static final Set<String> ORDINAL_ENDINGS = Set.of("e", "de", "ste", "te", "th", "st", "nd", "rd", "ieme", "ten", "sten");
    private static final List<String> CONNECTORS = List.of("en", "und", "ën");

    private Optional<String> composed(String word) {
        Optional<String> plain = numberWords.valueOf(word);
        if (plain.isPresent()) {
            return plain;
        }
        for (String connector : CONNECTORS) {
            for (int at = word.indexOf(connector, 1); at > 0; at = word.indexOf(connector, at + 1)) {
                Optional<Integer> unit = integer(numberWords.valueOf(word.substring(0, at)));
                Optional<Integer> tens = integer(numberWords.valueOf(word.substring(at + connector.length())));
                if (unit.isPresent() && tens.isPresent() && unit.get() >= 1 && unit.get() <= 9
                        && tens.get() >= 20 && tens.get() <= 90 && tens.get() % 10 == 0) {
                    return Optional.of(String.valueOf(tens.get() + unit.get()));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> integer(Optional<String> value) {
        return value.filter(v -> v.matches("\\d{1,3}")).map(Integer::parseInt);
    }

    /** {@code june's} is June: the tokenizer keeps an English possessive on its word. */
    private static String withoutPossessive(String folded) {
        return folded.endsWith("'s") || folded.endsWith("\u2019s") ? folded.substring(0, folded.length() - 2) : folded;
    }

    private static boolean nextToNumber(List<Token> tokens, int k) {
        return (k > 0 && tokens.get(k - 1).isNumber()) || (k + 1 < tokens.size() && tokens.get(k + 1).isNumber());
    }
}
