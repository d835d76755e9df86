package org.tandem.extract;

import java.util.List;
import java.util.Optional;
import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import org.apache.tika.language.detect.LanguageNames;

/**
 * Guesses the language of a text with the Optimaize detector, set up as Tika's
 * {@code OptimaizeLangDetector} sets it up and fed as Tika feeds it, answering only when the detector
 * is confident: a wrong language would pick the wrong stemmer and sentence rules downstream, which is
 * worse than asking the user to name the language. The detector is built here rather than through
 * Tika's wrapper so that its profiles are read by {@link BuiltInLanguageProfiles}, the wrapper's
 * reader being slow to start.
 *
 * <p>Loading the language profiles is the costly part, so they are loaded on first use and shared by
 * all instances.
 */
public final class LanguageIdentifier {
    /** Below this many letters n-gram statistics are noise (a title, a name, a number). */
    static final int MIN_LETTERS = 20;
    /**
     * The detector reads only the start of a text anyway; cutting first spares copying a whole book
     * into its buffer.
     */
    private static final int MAX_SAMPLE_CHARS = 20_000;
    /** Tika's wrapper: texts up to this long take the detector's short-text algorithm. */
    private static final int SHORT_TEXT_LENGTH = 30;
    /** Tika's wrapper passes the text on in pieces this long, each followed by a space... */
    private static final int PIECE_LENGTH = 4096;
    /** ...until it holds this many characters. */
    private static final int TEXT_LIMIT = 20_000;
    /** Tika's wrapper calls a language above this probability certain. */
    private static final double CERTAIN = 0.9;

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
        List<DetectedLanguage> results = SharedDetector.DETECTOR.getProbabilities(asTikaFeedsIt(sample));
        if (results.isEmpty() || !(results.get(0).getProbability() > CERTAIN)) {
            return Optional.empty();
        }
        return toIso6391(name(results.get(0).getLocale()));
    }

    /** The text as Tika's wrapper hands it to the detector: in pieces, each followed by a space. */
    static String asTikaFeedsIt(String text) {
        StringBuilder fed = new StringBuilder(Math.min(text.length(), TEXT_LIMIT) + 8);
        if (text.length() < PIECE_LENGTH) {
            return fed.append(text).append(' ').toString();
        }
        for (int start = 0; fed.length() < TEXT_LIMIT && start < text.length(); start += PIECE_LENGTH) {
            fed.append(text, start, Math.min(start + PIECE_LENGTH, text.length())).append(' ');
        }
        return fed.toString();
    }

    /** The language's name as Tika writes it, e.g. "zh-CN". */
    private static String name(LdLocale locale) {
        return LanguageNames.makeName(locale.getLanguage(), locale.getScript().orNull(), locale.getRegion().orNull());
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

    /**
     * Holder idiom: the JVM loads the profiles once, on first use, without explicit locking. The
     * detector keeps no state between calls, so callers share it.
     */
    private static final class SharedDetector {
        private static final LanguageDetector DETECTOR = LanguageDetectorBuilder.create(NgramExtractors.standard())
                .shortTextAlgorithm(SHORT_TEXT_LENGTH)
                .withProfiles(BuiltInLanguageProfiles.readAll())
                .build();
    }
}
