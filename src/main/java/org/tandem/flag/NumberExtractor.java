package org.tandem.flag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tandem.text.NumberNormalizer;
import org.tandem.text.TextTokenizer;
import org.tandem.text.Token;
import org.tandem.text.TokenizedText;

/**
 * The numbers a segment states, in canonical form, each with where it stands. Dates come apart into
 * day, month and year, and a month name next to a number counts as its month number, so
 * {@code September 23, 2022}, {@code 23 september 2022} and {@code 23/09/2022} all give 23, 9 and
 * 2022. A clock time is one value however it is written ({@code 6am}, {@code 6 a.m.},
 * {@code 6:00 uur}, {@code half zeven}); a number with its magnitude is one value
 * ({@code £11million}, {@code 11 miljoen}, {@code 1.5bn}); numbers in words count as numbers
 * ({@code twenty-four}, {@code vierentwintig}, {@code drie}).
 */
final class NumberExtractor {
    /**
     * A number as written, where it stands and what it says.
     *
     * @param value    the canonical value: a plain decimal ({@code 26750}, {@code 1.5}) or a clock time ({@code 18:30})
     * @param readings other values the same words may mean ({@code 6 uur} is six hours or six o'clock;
     *                 {@code 1980} is also the {@code 80} of "de jaren 80")
     * @param form     how it is written, which decides how much its absence on the other side says
     */
    record StatedNumber(String written, String value, int start, int end, Set<String> readings, Form form) {
        StatedNumber {
            readings = Set.copyOf(readings);
        }

        StatedNumber(String written, String value) {
            this(written, value, -1, -1, Set.of(), Form.DIGITS);
        }

        boolean means(StatedNumber other) {
            if (value.equals(other.value) || other.readings.contains(value)) {
                return true;
            }
            for (String reading : readings) {
                if (reading.equals(other.value) || other.readings.contains(reading)) {
                    return true;
                }
            }
            return false;
        }

        boolean hasSpan() {
            return start >= 0;
        }
    }

    enum Form {
        /** Digits, a clock time or a month: missing on the other side, it is reported. */
        DIGITS,
        /** A number in words ({@code drie}, {@code twenty-four}): reported when the other side states a different number. */
        WORDS,
        /** A word that is a number only sometimes ({@code one}, {@code een}, {@code second}, {@code both}): it matches, but is never reported. */
        WEAK
    }

    private static final Pattern DIGITS_WITH_SUFFIX = Pattern.compile("(\\d(?:[\\d.,]*\\d)?)(\\p{L}*)\\.?");
    private static final Pattern HOUR = Pattern.compile("\\d{1,2}");
    private static final Pattern MINUTES = Pattern.compile("[0-5]\\d");
    private static final Pattern DOTTED_TIME = Pattern.compile("(\\d{1,2})\\.([0-5]\\d)");
    private static final Pattern SEPARATOR = Pattern.compile("[\\s\\-\u2010\u2011]+");
    private static final String CURRENCY_SIGNS = "£$€¥₤";

    private final TextTokenizer tokenizer = new TextTokenizer();
    private final NumberLanguage language;

    NumberExtractor(String language) {
        this.language = NumberLanguage.of(language);
    }

    private record Tok(String surface, String folded, boolean number, int start, int end) {
    }

    List<StatedNumber> numbers(String text) {
        return numbers(text, tokens(withoutAddresses(text)));
    }

    /**
     * As {@link #numbers(String)}, reading the tokens the text already has where it holds no address:
     * the tokenizer then sees the same text, so these are the tokens it would give.
     */
    List<StatedNumber> numbers(TokenizedText tokenized) {
        String text = tokenized.text();
        String scanned = withoutAddresses(text);
        if (scanned != text) {
            return numbers(text, tokens(scanned));
        }
        List<Tok> tokens = new ArrayList<>(tokenized.size());
        for (int k = 0; k < tokenized.size(); k++) {
            Token token = tokenized.tokens().get(k);
            tokens.add(new Tok(token.surface(), token.folded(), token.isNumber(), tokenized.start(k), tokenized.end(k)));
        }
        return numbers(text, tokens);
    }

    private List<Tok> tokens(String scanned) {
        List<Tok> tokens = new ArrayList<>();
        tokenizer.scan(scanned, (surface, number, start, end) ->
                tokens.add(new Tok(surface, TextTokenizer.fold(surface), number, start, end)));
        return tokens;
    }

    private List<StatedNumber> numbers(String text, List<Tok> tokens) {
        List<StatedNumber> numbers = new ArrayList<>();
        int k = 0;
        while (k < tokens.size()) {
            int next = tokens.get(k).number() ? digits(text, tokens, k, numbers) : words(text, tokens, k, numbers);
            k = Math.max(next, k + 1);
        }
        return numbers;
    }

    /** Reads the number that starts with the digits of token {@code k}; returns the token after it. */
    private int digits(String text, List<Tok> tokens, int k, List<StatedNumber> out) {
        Tok token = tokens.get(k);
        Tok next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
        // 6:00 and 10:15 come as two tokens: the colon splits them.
        if (next != null && next.number() && HOUR.matcher(token.surface()).matches()
                && MINUTES.matcher(next.surface()).matches() && between(text, token, next).equals(":")) {
            int hour = Integer.parseInt(token.surface());
            int minutes = Integer.parseInt(next.surface());
            Tok marker = k + 2 < tokens.size() && adjoins(text, next, tokens.get(k + 2)) ? tokens.get(k + 2) : null;
            return clock(text, tokens, k, k + 1, hour, minutes, marker, out);
        }
        Matcher parts = DIGITS_WITH_SUFFIX.matcher(token.surface());
        if (!parts.matches()) {
            NumberNormalizer.normalize(token.surface()).ifPresent(value ->
                    out.add(number(text, token, token, value, Set.of(), Form.DIGITS)));
            return k + 1;
        }
        String mantissa = parts.group(1);
        String suffix = TextTokenizer.fold(parts.group(2));
        Matcher dotted = DOTTED_TIME.matcher(mantissa);
        boolean hourLike = HOUR.matcher(mantissa).matches() || dotted.matches();
        if (hourLike && (NumberLanguage.MORNING.contains(suffix) || NumberLanguage.AFTERNOON.contains(suffix))) {
            return clockWithMarker(text, tokens, k, k, mantissa, suffix, out);
        }
        if (hourLike && suffix.isEmpty() && next != null && adjoins(text, token, next)
                && (NumberLanguage.MORNING.contains(next.folded()) || NumberLanguage.AFTERNOON.contains(next.folded()))) {
            return clockWithMarker(text, tokens, k, k + 1, mantissa, next.folded(), out);
        }
        boolean afterCurrency = afterCurrency(text, token.start());
        if (!suffix.isEmpty()) {
            Optional<Double> magnitude = language.magnitude(suffix, afterCurrency);
            if (magnitude.isPresent()) {
                out.add(number(text, token, token, times(mantissa, magnitude.get()), Set.of(), Form.DIGITS));
                return k + 1;
            }
        } else if (next != null && !next.number() && adjoins(text, token, next)) {
            Optional<Double> magnitude = language.magnitude(next.folded(), afterCurrency);
            if (magnitude.isPresent()) {
                out.add(number(text, token, next, times(mantissa, magnitude.get()), Set.of(), Form.DIGITS));
                return k + 2;
            }
        }
        if (dotted.matches() && suffix.isEmpty() && next != null && language.isHourWord(next.folded())) {
            return clock(text, tokens, k, k, Integer.parseInt(dotted.group(1)), Integer.parseInt(dotted.group(2)),
                    null, out);
        }
        Optional<String> value = NumberNormalizer.normalize(token.surface());
        if (value.isEmpty()) {
            return k + 1;
        }
        Set<String> readings = new LinkedHashSet<>();
        if (dotted.matches() && Integer.parseInt(dotted.group(1)) <= 24) {
            // "at 10.15" is a time in British English; the other side may write 10:15.
            readings.add(time(Integer.parseInt(dotted.group(1)), Integer.parseInt(dotted.group(2))));
        }
        decade(value.get()).ifPresent(readings::add);
        readings.addAll(hourReadings(tokens, k, Double.parseDouble(value.get())));
        out.add(number(text, token, token, value.get(), readings, Form.DIGITS));
        return k + 1;
    }

    private int clockWithMarker(String text, List<Tok> tokens, int first, int last, String mantissa, String marker,
                                List<StatedNumber> out) {
        Matcher dotted = DOTTED_TIME.matcher(mantissa);
        int hour = dotted.matches() ? Integer.parseInt(dotted.group(1)) : Integer.parseInt(mantissa);
        int minutes = dotted.matches() ? Integer.parseInt(dotted.group(2)) : 0;
        return clock(text, tokens, first, last, hour, minutes, markerToken(marker), out);
    }

    private static Tok markerToken(String folded) {
        return new Tok(folded, folded, false, -1, -1);
    }

    /**
     * A clock time from {@code tokens[first..last]}, with the am/pm or hour word that may follow. A
     * 12-hour time also reads as its bare hour, since the other side may say "6 uur 's avonds".
     */
    private int clock(String text, List<Tok> tokens, int first, int last, int hour, int minutes, Tok marker,
                      List<StatedNumber> out) {
        int end = last;
        Set<String> readings = new LinkedHashSet<>();
        int value = hour;
        if (marker != null && (NumberLanguage.MORNING.contains(marker.folded()) || NumberLanguage.AFTERNOON.contains(marker.folded()))) {
            boolean afternoon = NumberLanguage.AFTERNOON.contains(marker.folded());
            value = afternoon ? (hour < 12 ? hour + 12 : hour) : (hour == 12 ? 0 : hour);
            readings.add(String.valueOf(hour));
            if (marker.start() >= 0) {
                end = last + 1;
            }
        } else if (marker != null && language.isHourWord(marker.folded())) {
            end = last + 1;
        } else if (hour < 12) {
            // Without am or pm, 6:00 may be 18:00 written on a 12-hour clock.
            readings.add(time(hour + 12, minutes));
        }
        if (minutes == 0) {
            readings.add(String.valueOf(value));
        }
        Tok from = tokens.get(first);
        Tok to = tokens.get(Math.min(end, tokens.size() - 1));
        out.add(number(text, from, to, time(value, minutes), readings, Form.DIGITS));
        return end + 1;
    }

    /** Reads the number in words, clock time or month at word token {@code k}; returns the token after it. */
    private int words(String text, List<Tok> tokens, int k, List<StatedNumber> out) {
        Tok token = tokens.get(k);
        if (language.isHalfHourBefore(token.folded()) && k + 1 < tokens.size() && adjoins(text, token, tokens.get(k + 1))) {
            Tok hourToken = tokens.get(k + 1);
            Optional<Double> hour = hourToken.number() ? NumberNormalizer.normalize(hourToken.surface()).map(Double::parseDouble)
                    : cardinal(hourToken.folded());
            if (hour.isPresent() && hour.get() >= 1 && hour.get() <= 12 && hour.get() == Math.rint(hour.get())) {
                int h = hour.get().intValue() - 1;
                out.add(number(text, token, hourToken, time(h == 0 ? 12 : h, 30), Set.of(time(h + 12, 30)), Form.DIGITS));
                return k + 2;
            }
        }
        Optional<String> month = month(tokens, k);
        if (month.isPresent()) {
            String value = month.get();
            boolean weak = value.endsWith("?");
            out.add(number(text, token, token, weak ? value.substring(0, value.length() - 1) : value, Set.of(),
                    weak ? Form.WEAK : Form.DIGITS));
            return k + 1;
        }
        // A run of number words: "twenty-four", "two hundred", "vijf miljoen", "one hundred and twenty".
        int last = k;
        double total = 0;
        double group = 0;
        boolean any = false;
        for (int j = k; j < tokens.size(); j++) {
            Tok word = tokens.get(j);
            Optional<Double> v = word.number() ? Optional.empty() : cardinal(word.folded());
            if (v.isEmpty() || (j > k && !SEPARATOR.matcher(between(text, tokens.get(j - 1), word)).matches())) {
                break;
            }
            double x = v.get();
            if (x >= 100 && x == Math.rint(x) && isPowerOfTen(x)) {
                if (x == 100) {
                    group = (group == 0 ? 1 : group) * 100;
                } else {
                    total += (group == 0 ? 1 : group) * x;
                    group = 0;
                }
            } else if (any && !(group % 100 == 0 && x < 100) && !(group % 100 >= 20 && group % 10 == 0 && x < 10)) {
                break;
            } else {
                group += x;
            }
            any = true;
            last = j;
        }
        int half = any ? halfAfter(tokens, last) : 0;
        if (any && (last > k || half > 0)) {
            double value = total + group + (half > 0 ? 0.5 : 0);
            out.add(number(text, token, tokens.get(last + half), plain(value), hourReadings(tokens, last, value),
                    Form.WORDS));
            return last + half + 1;
        }
        Optional<String> word = numberInWord(token.folded());
        if (word.isPresent()) {
            // "tens of thousands", "hundreds of millions": a count of a magnitude, as Dutch writes in one
            // word ("tienduizenden", "honderdmiljoenen"); read apart, the two words match neither.
            Optional<Double> count = language.pluralMagnitude(token.folded(), true);
            if (count.isPresent() && k + 2 < tokens.size() && tokens.get(k + 1).folded().equals(language.ofWord())
                    && adjoins(text, token, tokens.get(k + 1)) && adjoins(text, tokens.get(k + 1), tokens.get(k + 2))) {
                Optional<Double> of = language.pluralMagnitude(tokens.get(k + 2).folded(), false);
                if (of.isPresent() && of.get() > count.get()) {
                    out.add(number(text, token, tokens.get(k + 2), plain(count.get() * of.get()), Set.of(), Form.WORDS));
                    return k + 3;
                }
            }
            String value = word.get();
            boolean weak = value.endsWith("?");
            if (weak) {
                value = value.substring(0, value.length() - 1);
            }
            Optional<Double> magnitude = k + 1 < tokens.size() && adjoins(text, token, tokens.get(k + 1))
                    ? language.magnitude(tokens.get(k + 1).folded(), false) : Optional.empty();
            if (magnitude.isPresent() && !tokens.get(k + 1).number()) {
                out.add(number(text, token, tokens.get(k + 1),
                        plain(Double.parseDouble(value) * magnitude.get()), Set.of(), Form.WORDS));
                return k + 2;
            }
            out.add(number(text, token, token, value,
                    hourReadings(tokens, k, Double.parseDouble(value)), weak ? Form.WEAK : Form.WORDS));
        }
        return k + 1;
    }

    /** How many tokens after {@code last} say "and a half" (0 when they do not). */
    private int halfAfter(List<Tok> tokens, int last) {
        List<String> words = language.andAHalf();
        if (words.isEmpty() || last + words.size() >= tokens.size()) {
            return 0;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!tokens.get(last + 1 + i).folded().equals(words.get(i))) {
                return 0;
            }
        }
        return words.size();
    }

    /**
     * What the word after a number adds to its readings: "zes uur" is also six o'clock, "two decades"
     * also twenty years.
     */
    private Set<String> hourReadings(List<Tok> tokens, int last, double value) {
        if (last + 1 >= tokens.size()) {
            return Set.of();
        }
        String after = tokens.get(last + 1).folded();
        if (language.isHourWord(after) && value == Math.rint(value) && value >= 0 && value <= 24) {
            return Set.of(time((int) value, 0));
        }
        return language.groupSize(after).map(size -> Set.of(plain(value * size))).orElse(Set.of());
    }

    /**
     * A month word at token {@code k}. Words that are also ordinary words or abbreviations
     * ({@code may}, {@code march}, {@code oct}, marked {@code ?} in the resource) are sure months only
     * next to a number; elsewhere they come back marked {@code ?}, to match a month but never be
     * reported. In a language that capitalises its months, a lower-case word is never a month ("you may").
     */
    private Optional<String> month(List<Tok> tokens, int k) {
        Tok token = tokens.get(k);
        Optional<String> month = language.month(withoutPossessive(token.folded()));
        if (month.isEmpty()) {
            return month;
        }
        if (language.capitalisesMonths() && !Character.isUpperCase(token.surface().codePointAt(0))) {
            return Optional.empty();
        }
        String value = month.get();
        if (value.endsWith("?")) {
            boolean nearNumber = (k > 0 && tokens.get(k - 1).number()) || (k + 1 < tokens.size() && tokens.get(k + 1).number());
            return Optional.of(nearNumber ? value.substring(0, value.length() - 1) : value);
        }
        return month;
    }

    /** The value of a plain cardinal or magnitude word (not an ordinal, not a word that is a number only sometimes). */
    private Optional<Double> cardinal(String folded) {
        if (!language.mayHoldNumber(folded)) {
            return Optional.empty();
        }
        return composed(folded).filter(v -> !v.endsWith("?")).map(Double::parseDouble);
    }

    /**
     * The number a word writes, alone ({@code vijf}), composed the way Dutch and German do
     * ({@code vierentwintig}, {@code vierundzwanzig}, {@code tweeënhalf}, {@code driehonderd}) or at
     * the head of a compound or an ordinal ({@code vierentwintigjarige}, {@code negentiende},
     * {@code nineteenth}). A value ending in {@code ?} is a word that is a number only sometimes.
     */
    Optional<String> numberInWord(String folded) {
        if (!language.mayHoldNumber(folded)) {
            return Optional.empty();
        }
        Optional<String> whole = composed(folded);
        if (whole.isPresent()) {
            return whole;
        }
        for (int end = folded.length() - 1; end >= MIN_NUMBER_HEAD; end--) {
            String rest = folded.substring(end);
            boolean compound = (end >= MIN_COMPOUND_HEAD && rest.length() >= MIN_COMPOUND_REST)
                    || COUNTING_ENDINGS.contains(rest);
            if (!compound && !language.isOrdinalEnding(rest)) {
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
    private static final Set<String> COUNTING_ENDINGS = Set.of("tal", "voud", "maal", "fach", "mal", "ling", "linge",
            "malig", "malige", "voudig", "voudige", "jarig", "jarige", "delig", "delige", "fold");
    private static final List<String> CONNECTORS = List.of("en", "und", "ën");

    private Optional<String> composed(String word) {
        Optional<String> plain = language.numberWord(word);
        if (plain.isPresent()) {
            return plain;
        }
        for (String connector : CONNECTORS) {
            for (int at = word.indexOf(connector, 1); at > 0; at = word.indexOf(connector, at + 1)) {
                Optional<Integer> unit = integer(language.numberWord(word.substring(0, at)));
                String after = word.substring(at + connector.length());
                if (unit.isPresent() && unit.get() >= 1 && unit.get() <= 9 && language.numberWord(after)
                        .filter(v -> v.startsWith("0.5")).isPresent()) {
                    return Optional.of(plain(unit.get() + 0.5));
                }
                Optional<Integer> tens = integer(language.numberWord(after));
                if (unit.isPresent() && tens.isPresent() && unit.get() >= 1 && unit.get() <= 9
                        && tens.get() >= 20 && tens.get() <= 90 && tens.get() % 10 == 0) {
                    return Optional.of(String.valueOf(tens.get() + unit.get()));
                }
            }
        }
        // "driehonderd", "tweeduizend", "zweihundert": a unit word before a magnitude in one word.
        Optional<String> magnitude = language.smallMagnitudeEnding(word);
        if (magnitude.isPresent()) {
            String head = word.substring(0, word.length() - magnitude.get().length());
            Optional<Integer> unit = integer(language.numberWord(head));
            if (unit.isPresent() && unit.get() >= 2) {
                return Optional.of(plain(unit.get() * Double.parseDouble(language.numberWord(magnitude.get()).orElseThrow())));
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

    /**
     * {@code 2.8} before {@code bn}: a single separator is the language's decimal mark here
     * ("2,875 miljard", "2.875 billion"); otherwise the number reads as usual.
     */
    private String times(String mantissa, double magnitude) {
        String digits = mantissa;
        int marks = 0;
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) == '.' || digits.charAt(i) == ',') {
                marks++;
            }
        }
        BigDecimal value;
        if (marks == 1 && digits.indexOf(language.decimalMark()) >= 0) {
            value = new BigDecimal(digits.replace(language.decimalMark(), '.'));
        } else {
            value = new BigDecimal(NumberNormalizer.normalize(digits).orElse("0"));
        }
        return value.multiply(BigDecimal.valueOf(magnitude)).stripTrailingZeros().toPlainString();
    }

    private static String plain(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    private static String time(int hour, int minutes) {
        return hour + ":" + (minutes < 10 ? "0" : "") + minutes;
    }

    /** {@code 1980} and {@code 1980s} are often "de jaren 80" or "de jaren tachtig" in translation. */
    private static Optional<String> decade(String value) {
        return value.length() == 4 && value.endsWith("0") && value.chars().allMatch(Character::isDigit)
                ? Optional.of(String.valueOf(Integer.parseInt(value) % 100)) : Optional.empty();
    }

    private static boolean isPowerOfTen(double x) {
        return plain(x).matches("10*");
    }

    private static StatedNumber number(String text, Tok from, Tok to, String value, Set<String> readings, Form form) {
        return new StatedNumber(text.substring(from.start(), to.end()), value, from.start(), to.end(), readings, form);
    }

    /**
     * Web and e-mail addresses, Markdown link targets and markup tags: the digits in them
     * ({@code avatars/u/131416?s=400}, {@code /2023-07-19-metrics}) are no numbers the text states.
     */
    private static final Pattern ADDRESS = Pattern.compile(
            "\\]\\([^)\\s]*\\)|<[^>\\n]*>|(?:https?://|www\\.)[^\\s)\\]>\"]+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    /** The text with every address blanked out, so that offsets stay those of the text. */
    private static String withoutAddresses(String text) {
        if (text.indexOf('@') < 0 && text.indexOf('<') < 0 && !text.contains("](") && !text.contains("://")
                && !text.contains("www.")) {
            return text;
        }
        Matcher m = ADDRESS.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        } while (m.find());
        return out.toString();
    }

    private static String between(String text, Tok left, Tok right) {
        return text.substring(left.end(), right.start());
    }

    /** The two tokens stand next to each other, with at most spaces or a hyphen between them. */
    private static boolean adjoins(String text, Tok left, Tok right) {
        String gap = between(text, left, right);
        return gap.isEmpty() || SEPARATOR.matcher(gap).matches() || gap.equals(".") || gap.equals(". ");
    }

    private static boolean afterCurrency(String text, int start) {
        int at = start - 1;
        while (at >= 0 && Character.isWhitespace(text.charAt(at))) {
            at--;
        }
        return at >= 0 && CURRENCY_SIGNS.indexOf(text.charAt(at)) >= 0;
    }
}
