package org.tandem.text;

/**
 * A word or number as written, with the forms the aligner and the flaggers compare.
 *
 * @param surface   the text as written
 * @param folded    lower case, accents removed: the form compared across languages
 * @param kind      what the tokenizer took it for
 * @param sentenceInitial whether it opens its segment (capitals there say nothing about names)
 */
public record Token(String surface, String folded, Kind kind, boolean sentenceInitial) {
    public enum Kind { WORD, NUMBER }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    /** Starts with an upper-case letter. */
    public boolean isCapitalized() {
        return !surface.isEmpty() && Character.isUpperCase(surface.codePointAt(0));
    }

    /** Two or more letters, all upper case: NATO, LPR, VS. */
    public boolean isAcronym() {
        int letters = 0;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
