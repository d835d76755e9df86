package org.tandem.extract;

import java.util.List;

/**
 * Splits raw text into paragraphs: a blank line (after normalisation, so a line of only spaces or
 * zero-width characters counts as blank) ends a paragraph, and single line breaks stay inside the
 * paragraph as {@code "\n"} because only the segmenter knows whether they end a sentence. A line
 * inside a paragraph keeps its indentation (as spaces): nested fields of YAML front matter and
 * settings are told from the next field by it alone.
 */
final class ParagraphSplitter {
    private ParagraphSplitter() {
    }

    /** Appends the paragraphs of {@code raw} to {@code paragraphs}. */
    static void splitInto(CharSequence raw, List<String> paragraphs) {
        StringBuilder paragraph = new StringBuilder();
        int lineStart = 0;
        int length = raw.length();
        while (lineStart <= length) {
            int lineEnd = lineStart;
            while (lineEnd < length && !isLineBreak(raw.charAt(lineEnd))) {
                lineEnd++;
            }
            String line = TextNormalizer.normalizeLine(raw.subSequence(lineStart, lineEnd));
            boolean paragraphBreak = lineEnd < length && raw.charAt(lineEnd) == '\u2029';
            if (line.isEmpty()) {
                flush(paragraph, paragraphs);
            } else {
                if (paragraph.length() > 0) {
                    paragraph.append('\n').append(" ".repeat(indentation(raw, lineStart, lineEnd)));
                }
                paragraph.append(line);
                if (paragraphBreak) {
                    flush(paragraph, paragraphs);
                }
            }
            lineStart = nextLineStart(raw, lineEnd);
        }
        flush(paragraph, paragraphs);
    }

    /** How many spaces and tabs open the line (each counts one). */
    private static int indentation(CharSequence raw, int lineStart, int lineEnd) {
        int k = lineStart;
        while (k < lineEnd && (raw.charAt(k) == ' ' || raw.charAt(k) == '\t')) {
            k++;
        }
        return k - lineStart;
    }

    private static void flush(StringBuilder paragraph, List<String> paragraphs) {
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }

    private static int nextLineStart(CharSequence raw, int lineEnd) {
        if (lineEnd >= raw.length()) {
            return raw.length() + 1;
        }
        boolean crlf = raw.charAt(lineEnd) == '\r' && lineEnd + 1 < raw.length() && raw.charAt(lineEnd + 1) == '\n';
        return lineEnd + (crlf ? 2 : 1);
    }

    /**
     * Form feeds count as line breaks, not paragraph breaks: text converted from PDF puts them at page
     * ends, which usually fall in the middle of a paragraph.
     */
    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085'
                || c == '\u2028' || c == '\u2029';
    }
}
