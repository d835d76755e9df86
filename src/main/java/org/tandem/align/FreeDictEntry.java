package org.tandem.align;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.tandem.text.TextTokenizer;

/**
 * One FreeDict entry reduced to what the aligner can use: a single-word headword and its single-word
 * translations, all folded like {@link TextTokenizer#fold}. Phrases are dropped because the aligner
 * compares words, and a phrase's words would pair with unrelated words of the other side.
 *
 * <p>The entry text looks like
 * <pre>
 * run /rʌn/
 * 1. aanrijden, voorrijden
 * 2. lopen, reiken, zich uitstrekken
 * </pre>
 * a headword line with an optional pronunciation between slashes, then translation lines, numbered
 * by sense or not, separated by commas or semicolons, with notes in parentheses, brackets or angle
 * brackets ({@code hop (plant)}, {@code <n, masc>}).
 */
record FreeDictEntry(String headword, List<String> translations) {
    private static final Pattern NOTE = Pattern.compile("\\([^)]*\\)|\\[[^]]*]|<[^>]*>|\\{[^}]*}");
    private static final Pattern SENSE_NUMBER = Pattern.compile("^\\s*\\d+\\.\\s*");
    private static final Pattern SEPARATOR = Pattern.compile("[,;]");

    /** The entry; its headword is empty when the headword is a phrase or not a word at all. */
    static FreeDictEntry parse(String text) {
        String[] lines = text.split("\n");
        String headword = singleWord(stripPronunciation(lines[0]));
        List<String> translations = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = withoutNotes(SENSE_NUMBER.matcher(lines[i]).replaceFirst(""));
            for (String candidate : SEPARATOR.split(line)) {
                String word = singleWord(candidate);
                if (!word.isEmpty() && !translations.contains(word)) {
                    translations.add(word);
                }
            }
        }
        return new FreeDictEntry(headword, List.copyOf(translations));
    }

    private static String stripPronunciation(String headwordLine) {
        int slash = headwordLine.indexOf(" /");
        return withoutNotes(slash < 0 ? headwordLine : headwordLine.substring(0, slash));
    }

    private static String withoutNotes(String s) {
        // Most lines have no note; skipping the regex for them halves the load time.
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[' || c == '<' || c == '{') {
                return NOTE.matcher(s).replaceAll(" ");
            }
        }
        return s;
    }

    /** The folded word, or "" when {@code s} holds a phrase, a hyphenated affix or no letters. */
    private static String singleWord(String s) {
        String word = s.strip();
        // NFKC because FreeDict's Dutch writes the ligature ĳ (U+0133) where documents write "ij",
        // and fold's canonical decomposition keeps the ligature.
        if (!isAscii(word)) {
            word = Normalizer.normalize(word, Normalizer.Form.NFKC);
        }
        String folded = TextTokenizer.fold(word);
        return !folded.isEmpty() && folded.codePoints().allMatch(Character::isLetter) ? folded : "";
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
