package org.tandem.segment;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The language-specific knowledge the segmenter needs, loaded from the word lists in
 * {@code src/main/resources/org/tandem/segment/}.
 *
 * @param language         lower-case ISO 639-1 code
 * @param titles           tokens after which the next word is always part of the same sentence
 * @param abbreviations    tokens that rarely end a sentence
 * @param numberAbbreviations tokens that introduce a number or a reference ({@code No.}, {@code art.}),
 *                         which do not end a sentence when one follows
 * @param sentenceStarters lower-cased words that typically open a sentence
 * @param monthNames       lower-cased month names, for dotted ordinals ("3. Oktober")
 * @param dottedOrdinals   whether the language writes ordinal numbers with a period
 * @param lineContinuers   lower-cased words that cannot end a heading, so a line ending on one was wrapped
 */
record LanguageProfile(String language, Set<String> titles, Set<String> abbreviations,
                       Set<String> numberAbbreviations, Set<String> sentenceStarters, Set<String> monthNames, boolean dottedOrdinals,
                       Set<String> lineContinuers) {

    /**
     * Languages that write "3." for "third". Elsewhere "in 2018. March was ..." is a real sentence end,
     * so the ordinal rule must not fire there.
     */
    private static final Set<String> DOTTED_ORDINAL_LANGUAGES = Set.of(
            "de", "da", "nb", "nn", "no", "fi", "is", "et", "lv", "lt", "cs", "sk", "sl", "hr", "sr", "bs",
            "hu", "pl", "tr");

    static LanguageProfile forLanguage(String isoCode) {
        String language = normalise(isoCode);
        return new LanguageProfile(
                language,
                Set.copyOf(WordListResource.read("titles-" + language + ".txt")),
                Set.copyOf(WordListResource.read("abbreviations-" + language + ".txt")),
                Set.copyOf(WordListResource.read("number-abbreviations-" + language + ".txt")),
                lowerCased(WordListResource.read("sentence-starters-" + language + ".txt")),
                lowerCased(WordListResource.read("months-" + language + ".txt")),
                DOTTED_ORDINAL_LANGUAGES.contains(language),
                lowerCased(WordListResource.read("line-continuers-" + language + ".txt")));
    }

    /** Accepts "NL", "nl-BE" and "nl_NL" alike: the lists are per language, not per region. */
    static String normalise(String isoCode) {
        if (isoCode == null || isoCode.isBlank()) {
            return "und";
        }
        String lower = isoCode.strip().toLowerCase(Locale.ROOT);
        int regionStart = indexOfRegionSeparator(lower);
        return regionStart < 0 ? lower : lower.substring(0, regionStart);
    }

    private static int indexOfRegionSeparator(String code) {
        int dash = code.indexOf('-');
        int underscore = code.indexOf('_');
        if (dash < 0) {
            return underscore;
        }
        return underscore < 0 ? dash : Math.min(dash, underscore);
    }

    private static Set<String> lowerCased(java.util.List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
