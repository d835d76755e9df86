package org.tandem.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of a SubRip ({@code .srt}) or WebVTT ({@code .vtt}) subtitle file, without cue numbers,
 * timings, settings and styling.
 *
 * <p>A cue's line breaks and the boundaries between cues are the player's layout, not the text's: a
 * sentence runs on over two lines and often over several cues, and two translations of one film break
 * their cues in different places. So the cues' lines are read as the lines of one paragraph, cue after
 * cue, and the segmenter decides, as for any wrapped text, which line break ends a sentence or a
 * heading and which one only wraps. A WebVTT file's header and its {@code NOTE}, {@code STYLE}
 * and {@code REGION} blocks are metadata and are left out; a block without a timing line in a SubRip
 * file is text that belongs to the cue before it and is kept.
 */
final class SubtitleText {
    /** A cue's timing line: "00:01:02,500 --> 00:01:04,000", with WebVTT's settings after it. */
    private static final Pattern TIMING = Pattern.compile("^\\s*(?:\\d+:)?\\d{1,2}:\\d{2}[,.]\\d{1,3}\\s*-->.*$");
    /** Markup inside cue text: HTML-like tags (<i>, <font …>, WebVTT's <v Speaker>, <c.class>, <00:01.000>). */
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z0-9:.][^<>]*>");
    /** SubStation overrides that SubRip files carry over ({\an8}, {\i1}). */
    private static final Pattern OVERRIDE = Pattern.compile("\\{\\\\[^{}]*}");
    /** Blank lines; line ends are made {@code \n} first, since {@code \R\R} also matches the two halves of one CRLF. */
    private static final Pattern BLOCK_BREAK = Pattern.compile("\n(?:[ \t]*\n)+");

    private SubtitleText() {
    }

    /** The cue text of {@code decoded}, as one paragraph of running text; empty when it has none. */
    static List<String> paragraphs(String decoded) {
        StringBuilder text = new StringBuilder();
        boolean first = true;
        String lineFed = decoded.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        for (String block : BLOCK_BREAK.split(lineFed.strip())) {
            String[] lines = block.split("\n");
            if (first && lines[0].startsWith("WEBVTT") || isWebVttMetadata(lines[0])) {
                first = false;
                continue;
            }
            first = false;
            int textStart = 0;
            for (int i = 0; i < lines.length; i++) {
                if (TIMING.matcher(lines[i]).matches()) {
                    textStart = i + 1;
                    break;
                }
            }
            for (int i = textStart; i < lines.length; i++) {
                String line = cueLine(lines[i]);
                if (!line.isEmpty()) {
                    if (text.length() > 0) {
                        text.append('\n');
                    }
                    text.append(line);
                }
            }
        }
        List<String> paragraphs = new ArrayList<>();
        if (text.length() > 0) {
            paragraphs.add(text.toString());
        }
        return paragraphs;
    }

    private static boolean isWebVttMetadata(String firstLine) {
        return firstLine.equals("NOTE") || firstLine.startsWith("NOTE ") || firstLine.startsWith("NOTE\t")
                || firstLine.equals("STYLE") || firstLine.equals("REGION");
    }

    private static String cueLine(String line) {
        String plain = OVERRIDE.matcher(TAG.matcher(line).replaceAll("")).replaceAll("");
        // WebVTT escapes these three in cue text (and SubRip files written by WebVTT tools copy them).
        return TextNormalizer.normalizeLine(
                plain.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ").replace("&amp;", "&"));
    }
}
