package org.tandem.flag;

import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How one language writes numbers beyond digits: its number and month words, the magnitude words
 * that multiply a number ({@code million}, {@code mld}), the words that mark a clock time, and its
 * decimal mark. The word lists are resources ({@code number-words-L.txt}, {@code months-L.txt},
 * {@code magnitudes-L.txt}); a language without them still gets digits, the clock marks every
 * language borrows ({@code am}, {@code pm}) and the decimal mark of its locale.
 */
final class NumberLanguage {
    /** {@code 6am}, {@code 6 a.m.}, {@code 2 PM}: written so in many languages besides English. */
    static final Set<String> MORNING = Set.of("am", "a.m", "a.m.");
    static final Set<String> AFTERNOON = Set.of("pm", "p.m", "p.m.");

    private final WordTable numberWords;
    private final WordTable months;
    private final WordTable magnitudes;
    private final List<String> smallMagnitudes;
    private final Set<String> numberWordStarts;
    private final Set<String> hourWords;
    private final Set<String> halfHourBefore;
    private final Set<String> ordinalEndings;
    private final java.util.Map<String, Integer> groupWords;
    private final List<String> andAHalf;
    private final boolean capitalisedMonths;
    private final char decimalMark;
    private final String ofWord;

    private NumberLanguage(String language) {
        String lang = language == null ? "" : language.toLowerCase(Locale.ROOT);
        this.numberWords = WordTable.load("number-words", lang);
        this.months = WordTable.load("months", lang);
        this.magnitudes = WordTable.load("magnitudes", lang);
        this.smallMagnitudes = numberWords.wordsWithValue("100", "1000", "100*", "1000*");
        java.util.Set<String> starts = new java.util.HashSet<>();
        for (String word : numberWords.words()) {
            starts.add(word.substring(0, Math.min(START, word.length())));
        }
        this.numberWordStarts = Set.copyOf(starts);
        // A number before these words is (also) an hour of the clock: "om 6 uur", "um 6 Uhr", "at 6 o'clock".
        this.hourWords = switch (lang) {
            case "nl" -> Set.of("uur", "u");
            case "de" -> Set.of("uhr");
            case "fr" -> Set.of("h", "heures", "heure");
            case "en" -> Set.of("o'clock", "o\u2019clock", "hrs");
            default -> Set.of();
        };
        // "half zeven" is 6:30 in Dutch, "halb sieben" in German: the half hour before the hour named.
        this.halfHourBefore = switch (lang) {
            case "nl" -> Set.of("half");
            case "de" -> Set.of("halb");
            default -> Set.of();
        };
        // The endings that make an ordinal of a number word: Dutch "vierde", "achtste" (but "achtte" is
        // the past tense of "achten", not eighth), English "seventh", German "vierte", French "troisième".
        this.ordinalEndings = switch (lang) {
            case "nl" -> Set.of("de", "ste");
            case "en" -> Set.of("th", "st", "nd", "rd");
            case "de" -> Set.of("te", "ste", "ten", "sten", "e");
            case "fr" -> Set.of("ieme", "e");
            default -> Set.of("e", "de", "ste", "te", "th", "st", "nd", "rd", "ieme", "ten", "sten");
        };
        // "two decades" is "twintig jaar" in translation: a count of these is also the count times the group.
        this.groupWords = switch (lang) {
            case "en" -> java.util.Map.of("decade", 10, "decades", 10, "dozen", 12, "dozens", 12);
            case "nl" -> java.util.Map.of("decennium", 10, "decennia", 10, "dozijn", 12);
            case "de" -> java.util.Map.of("jahrzehnt", 10, "jahrzehnte", 10, "dutzend", 12);
            default -> java.util.Map.of();
        };
        // "two and a half", "twee en een half": the words that add a half to the number before them.
        this.andAHalf = switch (lang) {
            case "en" -> List.of("and", "a", "half");
            case "nl" -> List.of("en", "een", "half");
            case "de" -> List.of("und", "ein", "halb");
            default -> List.of();
        };
        // "tens of thousands", "des dizaines de milliers", "Zehntausende" (one word, as in Dutch).
        this.ofWord = switch (lang) {
            case "en" -> "of";
            case "fr" -> "de";
            default -> "";
        };
        // English and German capitalise month names, so a lower-case "may" or "march" is no month there.
        this.capitalisedMonths = lang.equals("en") || lang.equals("de");
        this.decimalMark = lang.isEmpty() ? '.'
                : DecimalFormatSymbols.getInstance(Locale.forLanguageTag(lang)).getDecimalSeparator();
    }

    static NumberLanguage of(String language) {
        return new NumberLanguage(language);
    }

    private static final int START = 3;

    /**
     * Whether a word opens the way some number word does: every number this language writes in words,
     * composed or heading a compound, starts with a number word, so the others need no closer look.
     */
    boolean mayHoldNumber(String folded) {
        return numberWordStarts.contains(folded.substring(0, Math.min(START, folded.length())));
    }

    /** The value of a number word as the table gives it ({@code 2}, or {@code 2?} for a word that also means something else). */
    Optional<String> numberWord(String folded) {
        return numberWords.valueOf(folded).map(v -> v.endsWith("*") ? v.substring(0, v.length() - 1) : v);
    }

    Optional<String> month(String folded) {
        return months.valueOf(folded);
    }

    /**
     * The multiplier a word after a number stands for: a magnitude abbreviation of this language, or
     * a number word that is a power of ten from a hundred up. {@code afterCurrency} admits the
     * one-letter abbreviations ({@code £11m}) that elsewhere are units ({@code 100m}).
     */
    Optional<Double> magnitude(String folded, boolean afterCurrency) {
        Optional<String> abbreviation = magnitudes.valueOf(folded);
        if (abbreviation.isPresent()) {
            String value = abbreviation.get();
            boolean currencyOnly = value.endsWith("$");
            if (currencyOnly && !afterCurrency) {
                return Optional.empty();
            }
            return Optional.of(Double.parseDouble(currencyOnly ? value.substring(0, value.length() - 1) : value));
        }
        return numberWords.valueOf(folded).filter(v -> v.matches("10*0")).map(Double::parseDouble)
                .filter(v -> v >= 100);
    }

    /**
     * The magnitude a plural number word counts ({@code hundreds}, {@code thousands}: 100, 1000), or with
     * {@code orTens} also {@code tens}; empty for any other word. These words count a magnitude without
     * multiplying the number before them, and one may count another ({@code tens of thousands}).
     */
    Optional<Double> pluralMagnitude(String folded, boolean orTens) {
        return numberWords.valueOf(folded)
                .filter(v -> v.matches("10+\\*") || (orTens && v.equals("10?")))
                .map(v -> Double.parseDouble(v.substring(0, v.length() - 1)));
    }

    /** The word that joins a count of a magnitude to it ({@code tens of thousands}); empty where the language writes one word. */
    String ofWord() {
        return ofWord;
    }

    /** The hundred or thousand word that ends a longer word ({@code driehonderd}), if any. */
    Optional<String> smallMagnitudeEnding(String folded) {
        for (String word : smallMagnitudes) {
            if (folded.length() > word.length() && folded.endsWith(word)) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    boolean isOrdinalEnding(String ending) {
        return ordinalEndings.contains(ending);
    }

    /** The size of the group a word names ({@code decades}: 10), if it is one. */
    Optional<Integer> groupSize(String folded) {
        return Optional.ofNullable(groupWords.get(folded));
    }

    /** The words, folded, that add a half to the number before them; empty where none are known. */
    List<String> andAHalf() {
        return andAHalf;
    }

    boolean isHourWord(String folded) {
        return hourWords.contains(folded);
    }

    boolean isHalfHourBefore(String folded) {
        return halfHourBefore.contains(folded);
    }

    boolean capitalisesMonths() {
        return capitalisedMonths;
    }

    char decimalMark() {
        return decimalMark;
    }
}
