package org.tandem;

import java.nio.charset.Charset;
import java.nio.file.Path;

import org.tandem.align.AlignerOptions;
import org.tandem.align.AlignerTuning;
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
 * @param aligner        the aligner's own options
 * @param extraction     what extraction keeps beyond the running text (page furniture, web page chrome)
 * @param threads        how many threads one alignment may use (default: the processors available); the
 *                       output is the same whatever the number
 * @param flagging       every tuned number of word alignment and flagging
 */
public record TandemOptions(String sourceLanguage, String targetLanguage, boolean segmented, Charset encoding,
                            Path dictionary, boolean installedDictionaries, boolean builtInLexicon,
                            AlignerOptions aligner, ExtractionOptions extraction, int threads,
                            FlagTuning flagging) {

    public TandemOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
        }
    }

    public static TandemOptions defaults() {
        return new TandemOptions(null, null, false, null, null, true, true, AlignerOptions.defaults(),
                ExtractionOptions.defaults(), Runtime.getRuntime().availableProcessors(), FlagTuning.defaults());
    }

    public TandemOptions withExtraction(ExtractionOptions options) {
        return new TandemOptions(sourceLanguage, targetLanguage, segmented, encoding, dictionary, installedDictionaries,
                builtInLexicon, aligner, options, threads, flagging);
    }

    public TandemOptions withLanguages(String source, String target) {
        return new TandemOptions(source, target, segmented, encoding, dictionary, installedDictionaries,
                builtInLexicon, aligner, extraction, threads, flagging);
    }

    public TandemOptions withSegmented(boolean oneSegmentPerLine) {
        return new TandemOptions(sourceLanguage, targetLanguage, oneSegmentPerLine, encoding, dictionary,
                installedDictionaries, builtInLexicon, aligner, extraction, threads, flagging);
    }

    public TandemOptions withEncoding(Charset declared) {
        return new TandemOptions(sourceLanguage, targetLanguage, segmented, declared, dictionary, installedDictionaries,
                builtInLexicon, aligner, extraction, threads, flagging);
    }

    public TandemOptions withDictionary(Path file) {
        return new TandemOptions(sourceLanguage, targetLanguage, segmented, encoding, file, installedDictionaries,
                builtInLexicon, aligner, extraction, threads, flagging);
    }

    public TandemOptions withInstalledDictionaries(boolean use) {
        return new TandemOptions(sourceLanguage, targetLanguage, segmented, encoding, dictionary, use,
                builtInLexicon, aligner, extraction, threads, flagging);
    }

    public TandemOptions withBuiltInLexicon(boolean use) {
        return new TandemOptions(sourceLanguage, targetLanguage, segmented, encoding, dictionary, installedDictionaries,
                use, aligner, extraction, threads, flagging);
    }

    /** Without the default lexicons (the built-in word list and installed FreeDict dictionaries). */
    public TandemOptions withoutDefaultLexicons() {
        return withInstalledDictionaries(false).withBuiltInLexicon(false);
    }

    /** The most segments on one side of a bead, 1 to 6, or {@link AlignerOptions#AUTOMATIC}. */
    public TandemOptions withMaxBead(int max) {
        return withAligner(aligner.withMaxSegmentsPerSide(max));
    }

    /** Every tuned number of the aligner; see {@link AlignerTuning#withOverrides} and {@link TuningFile}. */
    public TandemOptions withTuning(AlignerTuning tuning) {
        return withAligner(aligner.withTuning(tuning));
    }

    /** Every tuned number of every stage; see {@link TandemTuning}. */
    public TandemOptions withTuning(TandemTuning tuning) {
        return withTuning(tuning.aligner()).withFlagging(tuning.flagging());
    }

    /** Every tuned number of every stage, as in force. */
    public TandemTuning tuning() {
        return new TandemTuning(aligner.tuning(), flagging);
    }

    /** The tuned numbers of word alignment and flagging. */
    public TandemOptions withFlagging(FlagTuning tuning) {
        return new TandemOptions(sourceLanguage, targetLanguage, segmented, encoding, dictionary, installedDictionaries,
                builtInLexicon, aligner, extraction, threads, tuning);
    }

    public TandemOptions withThreads(int count) {
        return new TandemOptions(sourceLanguage, targetLanguage, segmented, encoding, dictionary, installedDictionaries,
                builtInLexicon, aligner, extraction, count, flagging);
    }

    public TandemOptions withAligner(AlignerOptions options) {
        return new TandemOptions(sourceLanguage, targetLanguage, segmented, encoding, dictionary, installedDictionaries,
                builtInLexicon, options, extraction, threads, flagging);
    }
}
