package org.tandem.extract;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractor;
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
 * <p>Building the detector is the costly part: its table of every gram in every language takes far
 * longer to build than a few texts take to identify. So the first texts of a process (one alignment
 * identifies two) are each identified by a detector built from {@linkplain ProfileSubsets profiles cut
 * down to that text's grams}, which gives the same probabilities; from the {@value #TEXTS_BEFORE_FULL_TABLE}th
 * text on (a batch, a benchmark), the full detector is built once and shared by all instances.
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
     * Texts identified with cut-down profiles before the full detector is built: each costs a pass
     * over every profile's text, the full detector about twenty such passes, once.
     */
    static final int TEXTS_BEFORE_FULL_TABLE = 16;
    /** Texts identified so far in this process with cut-down profiles. */
    private static final AtomicInteger SUBSET_TEXTS = new AtomicInteger();
    /** An alignment asks about the same two texts twice (direction, then the same-language check). */
    private static final int REMEMBERED = 4;

    private final Map<String, Optional<String>> remembered = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<String>> eldest) {
            return size() > REMEMBERED;
        }
    };

    /**
     * Identifies the language of {@code text}.
     *
     * @return the ISO 639-1 code (e.g. {@code "en"}, {@code "nl"}), or empty when the text is too short,
     *         the detector is not reasonably certain, or the language has no two-letter code
     */
    public Optional<String> identify(String text) {
        return identifyAll(java.util.Collections.singletonList(text)).get(0);
    }

    /**
     * Identifies each text's language, as {@link #identify} does one by one; texts asked about together
     * share one cut-down detector, so a document pair costs one pass over the profiles, not two.
     */
    public List<Optional<String>> identifyAll(List<String> texts) {
        List<Optional<String>> languages = new java.util.ArrayList<>(texts.size());
        List<Integer> pending = new java.util.ArrayList<>();
        List<String> samples = new java.util.ArrayList<>();
        for (String text : texts) {
            Optional<String> known = null;
            String sample = null;
            if (text == null || countLetters(text) < MIN_LETTERS) {
                known = Optional.empty();
            } else {
                sample = text.length() > MAX_SAMPLE_CHARS ? text.substring(0, MAX_SAMPLE_CHARS) : text;
                synchronized (remembered) {
                    known = remembered.get(sample);
                }
            }
            if (known == null) {
                pending.add(languages.size());
                samples.add(sample);
            }
            languages.add(known);
        }
        if (!pending.isEmpty()) {
            List<String> fed = samples.stream().map(LanguageIdentifier::asTikaFeedsIt).toList();
            LanguageDetector detector = detectorFor(fed);
            for (int i = 0; i < pending.size(); i++) {
                Optional<String> language = answer(detector.getProbabilities(fed.get(i)));
                languages.set(pending.get(i), language);
                synchronized (remembered) {
                    remembered.put(samples.get(i), language);
                }
            }
        }
        return languages;
    }

    /**
     * Reads what identifying the first texts needs, ahead of use (the profiles' texts and totals): a
     * caller with a core to spare starts this while it reads its documents.
     */
    public static void prepare() {
        if (SUBSET_TEXTS.get() < TEXTS_BEFORE_FULL_TABLE) {
            Subsets.get();
        }
    }

    private static Optional<String> answer(List<DetectedLanguage> results) {
        if (results.isEmpty() || !(results.get(0).getProbability() > CERTAIN)) {
            return Optional.empty();
        }
        return toIso6391(name(results.get(0).getLocale()));
    }

    /** The detector for texts as they are fed: cut down to their grams while few texts were identified. */
    private static LanguageDetector detectorFor(List<String> fed) {
        if (SUBSET_TEXTS.getAndAdd(fed.size()) < TEXTS_BEFORE_FULL_TABLE) {
            return subsetDetector(fed);
        }
        return SharedDetector.DETECTOR;
    }

    /** A detector whose profiles hold only the grams of {@code fed}: for those texts, the full one's answers. */
    static LanguageDetector subsetDetector(List<String> fed) {
        HashSet<String> grams = new HashSet<>();
        NgramExtractor extractor = NgramExtractors.standard();
        for (String text : fed) {
            // The detector reads a short text's grams with counts, a longer one's as a list: the same grams.
            grams.addAll(extractor.extractGrams(text));
        }
        return detector(Subsets.get().restrictedTo(grams));
    }

    /** The detector over every gram of every profile. */
    static LanguageDetector fullDetector() {
        return SharedDetector.DETECTOR;
    }

    private static LanguageDetector detector(List<com.optimaize.langdetect.profiles.LanguageProfile> profiles) {
        return LanguageDetectorBuilder.create(NgramExtractors.standard())
                .shortTextAlgorithm(SHORT_TEXT_LENGTH)
                .withProfiles(profiles)
                .build();
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
        private static final LanguageDetector DETECTOR = detector(BuiltInLanguageProfiles.readAll());
    }

    /** Holder of the profiles' texts for the cut-down detectors, read once on first use. */
    private static final class Subsets {
        private static final ProfileSubsets SUBSETS = ProfileSubsets.load();

        static ProfileSubsets get() {
            return SUBSETS;
        }
    }
}
