package org.tandem.extract;

import java.util.Optional;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Guesses the language of a text with Tika's Optimaize detector, answering only when the detector is
 * confident: a wrong language would pick the wrong stemmer and sentence rules downstream, which is
 * worse than asking the user to name the language.
 *
 * <p>Loading the language profiles takes seconds, so they are loaded on first use and shared by all
 * instances.
 */
public final class LanguageIdentifier {
    /** Below this many letters n-gram statistics are noise (a title, a name, a number). */
    static final int MIN_LETTERS = 20;
    /**
     * The detector reads only the start of a text anyway; cutting first spares copying a whole book
     * into its buffer.
     */
    private static final int MAX_SAMPLE_CHARS = 20_000;

    /**
     * Identifies the language of {@code text}.
     *
     * @return the ISO 639-1 code (e.g. {@code "en"}, {@code "nl"}), or empty when the text is too short,
     *         the detector is not reasonably certain, or the language has no two-letter code
     */
    public Optional<String> identify(String text) {
        if (text == null || countLetters(text) < MIN_LETTERS) {
            return Optional.empty();
        }
        String sample = text.length() > MAX_SAMPLE_CHARS ? text.substring(0, MAX_SAMPLE_CHARS) : text;
        LanguageResult result = SharedDetector.detect(sample);
        if (result.isUnknown() || !result.isReasonablyCertain()) {
            return Optional.empty();
        }
        return toIso6391(result.getLanguage());
    }

    /** Optimaize answers e.g. "zh-CN"; the region is not part of an ISO 639-1 code. */
    private static Optional<String> toIso6391(String detected) {
        int dash = detected.indexOf('-');
        String language = dash >= 0 ? detected.substring(0, dash) : detected;
        return language.length() == 2 ? Optional.of(language) : Optional.empty();
    }

    private static int countLetters(String text) {
        int letters = 0;
        for (int i = 0; i < text.length() && letters < MIN_LETTERS; i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }

    /** Holder idiom: the JVM loads the profiles once, on first use, without explicit locking. */
    private static final class SharedDetector {
        private static final LanguageDetector DETECTOR = new OptimaizeLangDetector().loadModels();

        /** The detector buffers text between calls, so callers take turns. */
        static synchronized LanguageResult detect(String text) {
            return DETECTOR.detect(text);
        }
    }
}
