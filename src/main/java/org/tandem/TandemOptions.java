package org.tandem;

import java.nio.charset.Charset;
import java.nio.file.Path;

import org.tandem.align.AlignerOptions;
import org.tandem.align.AlignerTuning;
import org.tandem.align.Lexicon;
import org.tandem.align.TuningFile;
import org.tandem.extract.ExtractionOptions;
import org.tandem.flag.FlagTuning;

/**
 * How to read and align a document pair. Start from {@link #defaults()} and change what you need.
 *
 * @param sourceLanguage ISO 639-1 code, or {@code null} to detect it
 * @param targetLanguage ISO 639-1 code, or {@code null} to detect it
 * @param segmented      the inputs hold one segment per line: do not re-segment
 * @param encoding       the declared encoding of plain-text inputs, or {@code null} to detect it
 * @param dictionary     a bilingual dictionary file, or {@code null}
 * @param installedDictionaries use the FreeDict dictionaries installed for the language pair, if any
 *                       (the default; they are GPL and never shipped, so only an installed copy is read)
 * @param builtInLexicon use the word list Tandem ships for the language pair, if any (the default;
 *                       {@link org.tandem.align.BuiltInLexicons})
 * @param maxBead        the most segments on one side of a bead, 1 to 6, or {@link #AUTOMATIC_BEAD}: 3, or 5 in
 *                       a document whose first pass shows that it splits and joins sentences often
 * @param lexicon        a lexicon given here, after the dictionary file and the default lexicons; usually
 *                       {@link Lexicon#EMPTY}
 * @param alignerTuning  every tuned number of the aligner
 * @param extraction     what extraction keeps beyond the running text (page furniture, web page chrome)
 * @param threads        how many threads one alignment may use (default: the processors available); the
 *                       output is the same whatever the number
 * @param flagging       every tuned number of word alignment and flagging
 */
public record TandemOptions(String sourceLanguage, String targetLanguage, boolean segmented, Charset encoding,
                            Path dictionary, boolean installedDictionaries, boolean builtInLexicon,
                            int maxBead, Lexicon lexicon, AlignerTuning alignerTuning, ExtractionOptions extraction,
                            int threads, FlagTuning flagging) {
    /** Bead size chosen per document; see {@link #maxBead}. */
    public static final int AUTOMATIC_BEAD = AlignerOptions.AUTOMATIC;

    public TandemOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
        }
        // Checks the bead size where the options are made, not when the first pair is aligned.
        new AlignerOptions(maxBead, AlignerOptions.defaults().keyPrefixLength(), lexicon, alignerTuning);
    }

    public static TandemOptions defaults() {
        AlignerOptions aligner = AlignerOptions.defaults();
        return new TandemOptions(null, null, false, null, null, true, true, aligner.maxSegmentsPerSide(),
                aligner.lexicon(), aligner.tuning(), ExtractionOptions.defaults(),
                Runtime.getRuntime().availableProcessors(), FlagTuning.defaults());
    }

    /** The align stage's options, with {@code lexicon} (everything these options name, merged) for its lexicon. */
    AlignerOptions alignerOptions(Lexicon merged) {
        return new AlignerOptions(maxBead, AlignerOptions.defaults().keyPrefixLength(), merged, alignerTuning);
    }

    public TandemOptions withExtraction(ExtractionOptions options) {
        return new TandemOptions(sourceLanguage, targetLanguage, segmented, encoding, dictionary, installedDictionaries,
                builtInLexicon, maxBead, lexicon, alignerTuning, options, threads, flagging);
    }

    public TandemOptions withLanguages(String source, String target) {
        return new TandemOptions(source, target, segmented, encoding, dictionary, installedDictionaries,
                builtInLexicon, maxBead, lexicon, alignerTuning, extraction, threads, flagging);
    }

    public TandemOptions withSegmented(boolean oneSegmentPerLine) {
        return new TandemOptions(sourceLanguage, targetLanguage, oneSegmentPerLine, encoding, dictionary,
                installedDictionaries, builtInLexicon, maxBead, lexicon, alignerTuning, extraction, threads, flagging);
    }

    public TandemOptions withEncoding(Charset declared) {
        return new TandemOptions(sourceLanguage, targetLanguage, segmented, declared, dictionary, installedDictionaries,
                builtInLexicon, maxBead, lexicon, alignerTuning, extraction, threads, flagging);
    }

    public TandemOptions withDictionary(Path file) {
        return new TandemOptions(sourceLanguage, targetLanguage, segmented, encoding, file, installedDictionaries,
                builtInLexicon, maxBead, lexicon, alignerTuning, extraction, threads, flagging);
    }

    public TandemOptions withInstalledDictionaries(boolean use) {
        return new TandemOptions(sourceLanguage, targetLanguage, segmented, encoding, dictionary, use,
                builtInLexicon, maxBead, lexicon, alignerTuning, extraction, threads, flagging);
    }

    public TandemOptions withBuiltInLexicon(boolean use) {
        return new TandemOptions(sourceLanguage, targetLanguage, segmented, encoding, dictionary, installedDictionaries,
                use, maxBead, lexicon, alignerTuning, extraction, threads, flagging);
    }

    /** Without the default lexicons (the built-in word list and installed FreeDict dictionaries). */
    public TandemOptions withoutDefaultLexicons() {
        return withInstalledDictionaries(false).withBuiltInLexicon(false);
    }

    /** The most segments on one side of a bead, 1 to 6, or {@link #AUTOMATIC_BEAD}. */
    public TandemOptions withMaxBead(int max) {
        return new TandemOptions(sourceLanguage, targetLanguage, segmented, encoding, dictionary, installedDictionaries,
                builtInLexicon, max, lexicon, alignerTuning, extraction, threads, flagging);
    }

    /** Every tuned number of the aligner; see {@link AlignerTuning#withOverrides} and {@link TuningFile}. */
    public TandemOptions withTuning(AlignerTuning tuning) {
        return new TandemOptions(sourceLanguage, targetLanguage, segmented, encoding, dictionary, installedDictionaries,
                builtInLexicon, maxBead, lexicon, tuning, extraction, threads, flagging);
    }

    /** A lexicon of the caller's, used after the dictionary file and the default lexicons. */
    public TandemOptions withLexicon(Lexicon given) {
        return new TandemOptions(sourceLanguage, targetLanguage, segmented, encoding, dictionary, installedDictionaries,
                builtInLexicon, maxBead, given, alignerTuning, extraction, threads, flagging);
    }

    /** Every tuned number of every stage; see {@link TandemTuning}. */
    public TandemOptions withTuning(TandemTuning tuning) {
        return withTuning(tuning.aligner()).withFlagging(tuning.flagging());
    }

    /** Every tuned number of every stage, as in force. */
    public TandemTuning tuning() {
        return new TandemTuning(alignerTuning, flagging);
    }

    /** The tuned numbers of word alignment and flagging. */
    public TandemOptions withFlagging(FlagTuning tuning) {
        return new TandemOptions(sourceLanguage, targetLanguage, segmented, encoding, dictionary, installedDictionaries,
                builtInLexicon, maxBead, lexicon, alignerTuning, extraction, threads, tuning);
    }

    public TandemOptions withThreads(int count) {
        return new TandemOptions(sourceLanguage, targetLanguage, segmented, encoding, dictionary, installedDictionaries,
                builtInLexicon, maxBead, lexicon, alignerTuning, extraction, count, flagging);
    }
}
