package org.tandem.extract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Takes an RTF file apart before Tika reads it, because Tika's RTF parser runs page headers, footers
 * and footnotes into the text where they stand. The header and footer groups ({@code \header},
 * {@code \footerl}, …) go into a document of their own, to be set aside; each footnote group
 * ({@code \footnote}) moves to the end of the body as a paragraph. RTF is 7-bit text with escapes, so
 * it is handled as ISO-8859-1, byte for character, and written back unchanged around the moved groups.
 */
final class RtfParts {
    private static final Set<String> FURNITURE = Set.of("header", "headerl", "headerr", "headerf",
            "footer", "footerl", "footerr", "footerf");
    private static final String NOTE = "footnote";

    /**
     * @param body      the document without headers and footers, its footnotes at the end
     * @param furniture a document of the headers and footers alone, or {@code null} if there are none
     */
    record Parts(byte[] body, byte[] furniture) {
    }

    private RtfParts() {
    }

    static Parts split(byte[] rtf, boolean keepFurniture) {
        String text = new String(rtf, StandardCharsets.ISO_8859_1);
        StringBuilder body = new StringBuilder(text.length());
        List<String> notes = new ArrayList<>();
        List<String> furniture = new ArrayList<>();
        int prefixEnd = -1;
        int depth = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                if (depth == 1 && prefixEnd < 0 && text.startsWith("\\pard", i)) {
                    prefixEnd = body.length();
                }
                body.append(c).append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '{') {
                String word = controlWord(text, i + 1);
                boolean isNote = word.equals(NOTE);
                boolean isFurniture = FURNITURE.contains(word) && !keepFurniture;
                if (isNote || isFurniture) {
                    int end = groupEnd(text, i);
                    String inner = text.substring(text.indexOf(word, i) + word.length(), end);
                    (isNote ? notes : furniture).add(inner);
                    if (prefixEnd < 0) {
                        prefixEnd = body.length();
                    }
                    i = end + 1;
                    continue;
                }
                depth++;
            } else if (c == '}') {
                depth--;
            }
            body.append(c);
            i++;
        }
        if (notes.isEmpty() && furniture.isEmpty()) {
            return new Parts(rtf, null);
        }
        int close = body.lastIndexOf("}");
        String withNotes = close < 0 ? body.toString()
                : body.substring(0, close) + paragraphs(notes) + body.substring(close);
        String prefix = body.substring(0, prefixEnd < 0 ? 0 : prefixEnd);
        byte[] furnitureDocument = furniture.isEmpty() ? null
                : (prefix + paragraphs(furniture) + "}").getBytes(StandardCharsets.ISO_8859_1);
        return new Parts(withNotes.getBytes(StandardCharsets.ISO_8859_1), furnitureDocument);
    }

    private static String paragraphs(List<String> groups) {
        StringBuilder out = new StringBuilder();
        for (String group : groups) {
            out.append("{\\pard\\plain ").append(group).append("\\par}");
        }
        return out.toString();
    }

    /** The control word that opens the group at {@code start} (after an optional {@code \*}). */
    private static String controlWord(String text, int start) {
        int i = start;
        if (text.startsWith("\\*", i)) {
            i += 2;
        }
        if (i >= text.length() || text.charAt(i) != '\\') {
            return "";
        }
        int end = ++i;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(i, end);
    }

    /** The index of the brace that closes the group opened at {@code open}. */
    private static int groupEnd(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return text.length() - 1;
    }
}
