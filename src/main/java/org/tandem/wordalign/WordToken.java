package org.tandem.wordalign;

/**
 * A word or number of one bead side, where it stands in that side's text.
 *
 * @param surface the text as written
 * @param folded  lower case without accents: the form compared across languages
 * @param start   offset of its first character in the side's text (the bead's segments joined by a space)
 * @param end     offset just past its last character
 * @param number  it starts with a digit, or the tokenizer read it as a number
 * @param content a number, or a word of two or more letters that is not a function word of its language
 *                ({@link org.tandem.text.Stopwords#closedClass}): the words whose counterpart a reviewer misses
 * @param name    capitalised (or an acronym) where capitals say something: not the side's first word
 */
public record WordToken(String surface, String folded, int start, int end, boolean number, boolean content,
                        boolean name) {
}
