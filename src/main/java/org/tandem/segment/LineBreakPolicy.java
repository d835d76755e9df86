package org.tandem.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which single line breaks inside a paragraph are segment boundaries, and cuts the paragraph
 * into blocks at those breaks.
 *
 * <p>Extracted text has line breaks for two opposite reasons: a heading, caption, credit or list item
 * ends there, or a long sentence was wrapped (PDF, fixed-width text). ICU would break at every one of
 * them, which shreds wrapped sentences; ignoring them all glues headings to the first sentence. The cues
 * used, strongest first:
 * <ol>
 *   <li>an empty line or a paragraph separator is a boundary;</li>
 *   <li>a next line that starts with a list number or bullet starts a new segment;</li>
 *   <li>a line with no letter or digit (a rule of dashes, a row of stars) stands alone;</li>
 *   <li>in a block that opens with a field line ({@code key: value}, as in YAML front matter, headers
 *       and settings), a line indented deeper than that first line belongs to its field (a nested
 *       entry, a list under {@code related:}), and the next field line at its depth or less starts a
 *       new segment: each field is a unit of its own, which its translation keeps or drops whole;</li>
 *   <li>a next line that starts in lower case continues the sentence;</li>
 *   <li>a line ending in a comma, semicolon, colon, dash, hyphen or opening bracket continues;</li>
 *   <li>a line ending in a word that cannot end a heading (an article, a conjunction, {@code of},
 *       {@code by}: the language's {@code line-continuers-xx.txt}) was wrapped mid-sentence, unless it
 *       is marked as a heading ({@code # Title});</li>
 *   <li>a line ending in sentence-final punctuation is joined and left to the sentence rules, so that
 *       "Mr.\nSmith" stays together while "end.\nNext" still splits;</li>
 *   <li>a line without final punctuation that is nearly as long as the paragraph's longest line was
 *       wrapped; a shorter one is a heading, caption or credit and ends its segment.</li>
 * </ol>
 */
final class LineBreakPolicy {

    /** Wrapped lines fill most of the measure; headings and captions are clearly shorter. */
    private static final double WRAPPED_LINE_SHARE = 0.8;
    /** Below this, the "longest line" says nothing about a wrap width. */
    private static final int MIN_WRAP_WIDTH = 40;

    /** A line's trimmed text, and how many white-space characters precede it. */
    private record Line(int start, int end, String text, int indent, boolean endsParagraph) {
    }

    /** A field line: an identifier, a colon, then a space or the end of the line. */
    private static final java.util.regex.Pattern FIELD =
            java.util.regex.Pattern.compile("^[A-Za-z][A-Za-z0-9_-]*:(?:\\s|$)");

    private final Set<String> continuers;

    /** A policy for a language whose words that cannot end a heading are {@code continuers} (lower case). */
    LineBreakPolicy(Set<String> continuers) {
        this.continuers = Set.copyOf(continuers);
    }

    List<TextSpan> blocks(String paragraph) {
        List<Line> lines = lines(paragraph);
        if (lines.size() == 1) {
            return List.of(new TextSpan(0, paragraph.length()));
        }
        int longest = lines.stream().mapToInt(l -> l.text().length()).max().orElse(0);
        List<TextSpan> blocks = new ArrayList<>();
        int blockStart = 0;
        int fieldIndent = fieldIndent(lines.get(0));
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line line = lines.get(i);
            Line next = lines.get(i + 1);
            Boolean field = fieldBoundary(fieldIndent, next);
            if (line.endsParagraph() || (field != null ? field : isBoundary(line.text(), next.text(), longest))) {
                blocks.add(new TextSpan(blockStart, lines.get(i).end()));
                blockStart = next.start();
                fieldIndent = fieldIndent(next);
            }
        }
        blocks.add(new TextSpan(blockStart, paragraph.length()));
        return blocks;
    }

    /** The indentation of a line that opens a field block, or -1 for any other line. */
    private static int fieldIndent(Line line) {
        return FIELD.matcher(line.text()).find() ? line.indent() : -1;
    }

    /**
     * Inside a block opened by a field line: {@code false} (continue) for a deeper-indented line,
     * {@code true} (boundary) for the next field line; {@code null} where the field rules say nothing.
     */
    private static Boolean fieldBoundary(int fieldIndent, Line next) {
        if (fieldIndent < 0 || next.text().isEmpty()) {
            return null;
        }
        if (next.indent() > fieldIndent) {
            return false;
        }
        return FIELD.matcher(next.text()).find() ? Boolean.TRUE : null;
    }

    private boolean isBoundary(String before, String after, int longestLine) {
        if (before.isEmpty() || after.isEmpty()) {
            return true;
        }
        if (ListMarkers.startsWithMarker(after) || isDecoration(before) || isDecoration(after)) {
            return true;
        }
        if (Character.isLowerCase(after.codePointAt(0))) {
            return false;
        }
        char last = before.charAt(before.length() - 1);
        if (",;:-‐–—(/&".indexOf(last) >= 0 || endsSentence(before)) {
            return false;
        }
        if (endsOnContinuer(before)) {
            return false;
        }
        boolean wrapped = longestLine >= MIN_WRAP_WIDTH && before.length() >= WRAPPED_LINE_SHARE * longestLine;
        return !wrapped;
    }

    private boolean endsOnContinuer(String line) {
        if (line.startsWith("#")) {
            return false;
        }
        int end = line.length();
        int start = end;
        while (start > 0 && Character.isLetter(line.charAt(start - 1))) {
            start--;
        }
        boolean wordEnd = start < end && (start == 0 || Character.isWhitespace(line.charAt(start - 1)));
        return wordEnd && continuers.contains(line.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /** A line of dashes, stars or rules: it belongs to neither neighbouring sentence. */
    private static boolean isDecoration(String line) {
        return line.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private static boolean endsSentence(String line) {
        int i = line.length();
        while (i > 0 && isClosing(line.charAt(i - 1))) {
            i--;
        }
        return i > 0 && ".!?…".indexOf(line.charAt(i - 1)) >= 0;
    }

    private static boolean isClosing(char c) {
        int type = Character.getType(c);
        return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || c == '"' || c == '\'' || c == '’';
    }

    /** Lines with their trimmed text; a paragraph separator (U+2029) is always honoured as a boundary. */
    private static List<Line> lines(String paragraph) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < paragraph.length()) {
            char c = paragraph.charAt(i);
            if (isLineTerminator(c)) {
                lines.add(line(paragraph, start, i, c == '\u2029'));
                i += (c == '\r' && i + 1 < paragraph.length() && paragraph.charAt(i + 1) == '\n') ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        lines.add(line(paragraph, start, paragraph.length(), false));
        return lines;
    }

    private static Line line(String paragraph, int start, int end, boolean endsParagraph) {
        String raw = paragraph.substring(start, end);
        String text = raw.strip();
        int indent = text.isEmpty() ? 0 : raw.indexOf(text.charAt(0));
        return new Line(start, end, text, indent, endsParagraph);
    }

    static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\u000B'
                || c == '\f';
    }
}
