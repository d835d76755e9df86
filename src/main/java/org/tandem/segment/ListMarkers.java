package org.tandem.segment;

import java.util.regex.Pattern;

/** Recognises list numbering and bullets ("1.", "2)", "a.", "iv.", "(b)", "1.2.", "•"). */
final class ListMarkers {

    /** Bounded repetitions only: these run on every candidate boundary, so they must stay linear. */
    private static final String MARKER =
            "(?:\\(?(?:\\d{1,3}(?:\\.\\d{1,3}){0,3}|\\p{L}|[ivxlcdmIVXLCDM]{1,6})[.)]|[•·◦▪‣*\\-–—])";
    private static final Pattern WHOLE_MARKER = Pattern.compile(MARKER);
    private static final Pattern LEADING_MARKER = Pattern.compile(MARKER + "\\s");
    private static final int LONGEST_MARKER = 16;

    private ListMarkers() {
    }

    static boolean isMarker(CharSequence text) {
        return text.length() <= LONGEST_MARKER && WHOLE_MARKER.matcher(text).matches();
    }

    static boolean startsWithMarker(CharSequence line) {
        CharSequence head = line.subSequence(0, Math.min(line.length(), LONGEST_MARKER + 1));
        return LEADING_MARKER.matcher(head).lookingAt();
    }
}
