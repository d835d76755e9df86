package org.tandem.write;

import java.util.EnumMap;
import java.util.Map;

import org.tandem.flag.FlagKind;

/**
 * How the report presents a flag kind: the CSS class that carries its colour (colours themselves are
 * in report.css) and one sentence a reviewer reads in the legend.
 */
final class KindStyle {
    private static final Map<FlagKind, String> MEANINGS = new EnumMap<>(FlagKind.class);

    static {
        MEANINGS.put(FlagKind.OMISSION, "Source text with nothing in the translation.");
        MEANINGS.put(FlagKind.ADDITION, "Translated text with nothing in the source.");
        MEANINGS.put(FlagKind.NUMBER_MISMATCH, "A number on one side is missing or different on the other.");
        MEANINGS.put(FlagKind.NAME_MISMATCH, "A name on one side is missing on the other.");
        MEANINGS.put(FlagKind.LENGTH_RATIO, "Much longer or shorter than this document's translations usually are.");
        MEANINGS.put(FlagKind.LOW_SIMILARITY, "The two sides share almost no words, names or numbers.");
        MEANINGS.put(FlagKind.UNTRANSLATED, "Target text still in the source language.");
        MEANINGS.put(FlagKind.PARTIAL_OMISSION, "Part of the source has no counterpart in the translation.");
        MEANINGS.put(FlagKind.PARTIAL_ADDITION, "Part of the translation has no counterpart in the source.");
    }

    private KindStyle() {
    }

    /** Labels are lower-case words and hyphens, so they make valid class names as they are. */
    static String cssClass(FlagKind kind) {
        return "k-" + kind.label();
    }

    static String meaning(FlagKind kind) {
        return MEANINGS.getOrDefault(kind, kind.label());
    }
}
