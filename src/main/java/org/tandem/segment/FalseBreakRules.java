package org.tandem.segment;

import java.util.Locale;

/**
 * The rule layer on top of ICU. ICU breaks after every period followed by a capital letter; these rules
 * take back the breaks that measurement and the phenomena list showed to be wrong: after titles,
 * abbreviations, initials and period-written acronyms, after a bare list number, and after a dotted
 * ordinal before a month name. Abbreviations and acronyms can also end a sentence ("Apple Inc. The
 * company ..."), so for those the break stays when the next word is a typical sentence opener.
 */
final class FalseBreakRules implements BreakVeto {

    private final LanguageProfile profile;

    FalseBreakRules(LanguageProfile profile) {
        this.profile = profile;
    }

    @Override
    public boolean vetoes(String text, int segmentStart, int breakAt) {
        int tokenEnd = skipWhitespaceBackwards(text, breakAt, segmentStart);
        if (tokenEnd <= segmentStart) {
            return false;
        }
        if (isQuotedExclamationOrQuestionBeforeLowerCase(text, tokenEnd, breakAt)) {
            return true;
        }
        // Otherwise only a bare period is ambiguous: a period inside closing quotes ends the sentence.
        if (text.charAt(tokenEnd - 1) != '.') {
            return false;
        }
        if (ListMarkers.isMarker(text.substring(segmentStart, tokenEnd).strip())) {
            return true;
        }
        String token = tokenEndingAt(text, tokenEnd, segmentStart);
        String nextWord = wordStartingAt(text, breakAt);
        if (isListed(token, profile.titles()) || isSingleInitial(token)) {
            return true;
        }
        if (isListed(token, profile.abbreviations()) || isDottedAcronym(token)) {
            return !profile.sentenceStarters().contains(nextWord.toLowerCase(Locale.ROOT));
        }
        return profile.dottedOrdinals() && isSmallNumber(token)
                && profile.monthNames().contains(nextWord.toLowerCase(Locale.ROOT));
    }

    /**
     * ICU keeps a period before a lower-case word together but not "?" or "!", so it splits reported
     * speech: {@code "Why?" she asked} and {@code chanted "Enough!" as they marched}.
     */
    private static boolean isQuotedExclamationOrQuestionBeforeLowerCase(String text, int tokenEnd, int breakAt) {
        int i = tokenEnd;
        while (i > 0 && isClosing(text.charAt(i - 1))) {
            i--;
        }
        if (i == 0 || "?!".indexOf(text.charAt(i - 1)) < 0) {
            return false;
        }
        return breakAt < text.length() && Character.isLowerCase(text.codePointAt(breakAt));
    }

    private static boolean isClosing(char c) {
        int type = Character.getType(c);
        return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || c == '"' || c == '\'';
    }

    private static int skipWhitespaceBackwards(String text, int from, int limit) {
        int i = from;
        while (i > limit && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The whitespace-delimited token before the period, without opening brackets or quotes. */
    private static String tokenEndingAt(String text, int end, int limit) {
        int start = end;
        while (start > limit && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        while (start < end && isOpening(text.charAt(start))) {
            start++;
        }
        return text.substring(start, end);
    }

    private static String wordStartingAt(String text, int from) {
        int start = from;
        while (start < text.length() && (Character.isWhitespace(text.charAt(start)) || isOpening(text.charAt(start)))) {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    private static boolean isOpening(char c) {
        int type = Character.getType(c);
        return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || c == '"' || c == '\'' || c == '„';
    }

    /** Sentence-initial abbreviations are capitalised ("Bijv. ..."), so the lower-cased form counts too. */
    private static boolean isListed(String token, java.util.Set<String> entries) {
        if (entries.contains(token)) {
            return true;
        }
        if (!token.isEmpty() && Character.isUpperCase(token.charAt(0))) {
            return entries.contains(Character.toLowerCase(token.charAt(0)) + token.substring(1));
        }
        return false;
    }

    private static boolean isSingleInitial(String token) {
        return token.length() == 2 && Character.isUpperCase(token.charAt(0));
    }

    /** "U.S.", "G.W.", "B.V.": capitals each followed by a period. */
    private static boolean isDottedAcronym(String token) {
        if (token.length() < 4 || token.length() % 2 != 0) {
            return false;
        }
        for (int i = 0; i < token.length(); i += 2) {
            if (!Character.isUpperCase(token.charAt(i)) || token.charAt(i + 1) != '.') {
                return false;
            }
        }
        return true;
    }

    /** Ordinals are day or rank numbers; a year before a month ("in 2018. März ...") is a real end. */
    private static boolean isSmallNumber(String token) {
        int digits = token.length() - 1;
        if (digits < 1 || digits > 3) {
            return false;
        }
        for (int i = 0; i < digits; i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
