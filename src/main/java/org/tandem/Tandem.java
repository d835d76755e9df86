package org.tandem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.tandem.input.PlainMessage;
import org.tandem.align.CorpusLexiconLearner;
import org.tandem.align.SentenceWords;
import org.tandem.align.WordSentences;
import org.tandem.align.Aligner;
import org.tandem.align.AlignerOptions;
import org.tandem.align.AlignmentResult;
import org.tandem.align.BuiltInLexicons;
import org.tandem.align.Dictionaries;
import org.tandem.align.DictionaryLexicon;
import org.tandem.align.Lexicon;
import org.tandem.align.LexiconUnion;
import org.tandem.extract.DocumentExtractor;
import org.tandem.extract.ExtractedText;
import org.tandem.extract.ExtractionLimits;
import org.tandem.extract.LanguageIdentifier;
import org.tandem.extract.LineReader;
import org.tandem.extract.SameLanguageCheck;
import org.tandem.flag.Alignment;
import org.tandem.flag.DocumentNames;
import org.tandem.flag.FlaggedBead;
import org.tandem.flag.Flagger;
import org.tandem.input.BadInputException;
import org.tandem.segment.Segment;
import org.tandem.segment.SentenceSegmenter;
import org.tandem.text.Background;
import org.tandem.text.DocumentTokens;
import org.tandem.wordalign.DocumentWordAligner;
import org.tandem.wordalign.UnalignedPairSplitter;
import org.tandem.wordalign.UncoveredPieceSplitter;
import org.tandem.wordalign.UncrossedMergeSplitter;
import org.tandem.wordalign.WordAlignments;

/**
 * The library's front door: extract, segment, align and flag a document pair.
 *
 * <pre>{@code
 * Tandem tandem = new Tandem(TandemOptions.defaults().withLanguages("en", "nl"));
 * Alignment alignment = tandem.align(Path.of("source.en.txt"), Path.of("translation.nl.txt"));
 * new AtomicOutputs(ToolVersion.current()).write(alignment, Path.of("out"), OutputFormat.defaults());
 * }</pre>
 */
public final class Tandem {
    private final TandemOptions options;
    private final Consumer<String> progress;
    private final LanguageIdentifier languages = new LanguageIdentifier();
    /** Built on first use: loading Tika's parsers is wasted on callers that bring their own segments. */
    private DocumentExtractor extractor;
    private final java.util.Map<String, Lexicon> lexicons = new java.util.concurrent.ConcurrentHashMap<>();
    /** Lexicons for one language pair each, keyed by {@link #pairKey}. */
    private final java.util.Map<String, Lexicon> learned;
    private final java.util.Map<String, List<String>> lexiconNames = new java.util.concurrent.ConcurrentHashMap<>();

    public Tandem(TandemOptions options) {
        this(options, message -> { });
    }

    /** @param progress receives one line per stage and any warnings; the CLI sends them to stderr */
    public Tandem(TandemOptions options, Consumer<String> progress) {
        this(options, progress, java.util.Map.of());
    }

    private Tandem(TandemOptions options, Consumer<String> progress, java.util.Map<String, Lexicon> learned) {
        this.options = options;
        this.progress = progress;
        this.learned = java.util.Map.copyOf(learned);
    }

    /** The options this Tandem aligns with. */
    public TandemOptions options() {
        return options;
    }

    /** Reads both files, in any format Tika reads, and aligns them. The name of the result is the target's base name. */
    public Alignment align(Path source, Path target) {
        checkDistinct(source, target);
        if (options.threads() > 1) {
            // The language profiles are read beside the files; they are needed once both files are read.
            Background.start("tandem-background", () -> {
                LanguageIdentifier.prepare();
                return null;
            });
        }
        progress.accept("reading " + source + " and " + target);
        // Both files at once: most of the wait is Tika's parser set-up and parsing, one file a thread.
        // The source's problem is reported first, as when they were read one after the other.
        Background<ExtractedText> targetRead = options.threads() > 1 ? Background.start("tandem-background", () -> read(target)) : null;
        ExtractedText sourceText = read(source);
        ExtractedText targetText = targetRead != null ? targetRead.join() : read(target);
        if (sourceText.paragraphs().equals(targetText.paragraphs())) {
            throw new BadInputException(source + " and " + target + " hold the same text");
        }
        return align(sourceText, targetText, baseName(target));
    }

    /** Aligns two extracted documents. */
    public Alignment align(ExtractedText source, ExtractedText target, String name) {
        LanguageDirection direction = languages(source, target);
        direction.warning().ifPresent(warning -> progress.accept("warning: " + warning));
        String sourceLanguage = direction.source();
        String targetLanguage = direction.target();
        Optional<String> sameLanguage = new SameLanguageCheck(languages).warning(source, target);
        if (sameLanguage.isPresent()) {
            progress.accept("warning: " + sameLanguage.get());
        } else if (sourceLanguage.equals(targetLanguage)) {
            progress.accept("warning: source and target are both declared or detected as '" + sourceLanguage + "'");
        }
        if (options.threads() > 1) {
            // The lexicon (FreeDict and the built-in list) needs only the languages: it loads beside the
            // segmentation, and the search's own request for it waits for this one (computeIfAbsent).
            Background.start("tandem-background", () -> lexicon(sourceLanguage, targetLanguage));
        }
        List<Segment> sourceSegments = segment(source, sourceLanguage);
        List<Segment> targetSegments = segment(target, targetLanguage);
        progress.accept(String.format(Locale.ROOT, "segmented: %d source and %d target segments (%s → %s)",
                sourceSegments.size(), targetSegments.size(), sourceLanguage, targetLanguage));
        return align(sourceSegments, sourceLanguage, targetSegments, targetLanguage, name)
                .withSetAside(source.setAside(), target.setAside());
    }

    /** Aligns segments that are already split; the core of every other entry point. */
    public Alignment align(List<Segment> source, String sourceLanguage, List<Segment> target, String targetLanguage,
                           String name) {
        Flagger flagger = new Flagger(sourceLanguage, targetLanguage, options.flagging());
        // The tokens and the name index need only the segments: made beside the lexicon's loading and
        // the search when there is a core to spare.
        Background<Prepared> prepared = options.threads() > 1
                ? Background.start("tandem-background", () -> Prepared.of(flagger, source, target)) : null;
        AlignerOptions alignerOptions = options.alignerOptions(lexicon(sourceLanguage, targetLanguage));
        AlignmentResult result = new Aligner(alignerOptions, options.threads()).align(source, sourceLanguage, target, targetLanguage);
        progress.accept("aligned: " + result.beads().size() + " beads");
        Prepared ready = prepared != null ? prepared.join() : Prepared.of(flagger, source, target);
        WordAlignments words = new DocumentWordAligner(sourceLanguage, targetLanguage, alignerOptions.lexicon(),
                options.flagging().words())
                .align(result, ready.tokens(), options.threads());
        UnalignedPairSplitter.Split pairs = new UncrossedMergeSplitter(options.flagging().words())
                .split(result, words, ready.tokens());
        UnalignedPairSplitter.Split pieces = new UncoveredPieceSplitter(options.flagging().words())
                .split(pairs.result(), pairs.words(), ready.tokens());
        UnalignedPairSplitter.Split split = new UnalignedPairSplitter(options.flagging().words())
                .split(pieces.result(), pieces.words());
        result = split.result();
        words = split.words();
        List<FlaggedBead> beads = flagger.flag(result, ready.tokens(), words, ready.names(), options.threads());
        return new Alignment(name, sourceLanguage, targetLanguage, source, target, beads);
    }

    /**
     * Word translations learned from the confident beads (one segment each side, no flag) of alignments
     * already made, for a second pass over the same batch: a batch repeats its vocabulary far more
     * often than any one of its documents. All alignments must be of one language pair.
     */
    public static DictionaryLexicon learnLexicon(List<Alignment> firstPass) {
        return learnLexiconFrom(firstPass.stream().map(ConfidentPairs::of).toList());
    }

    /**
     * As {@link #learnLexicon(List)}, from the confident pairs alone: a batch keeps these, not its
     * alignments, between its passes. All must be of one language pair.
     */
    public static DictionaryLexicon learnLexiconFrom(List<ConfidentPairs> firstPass) {
        if (firstPass.isEmpty()) {
            return DictionaryLexicon.of(java.util.Map.of());
        }
        String sourceLanguage = firstPass.get(0).sourceLanguage();
        String targetLanguage = firstPass.get(0).targetLanguage();
        List<SentenceWords> documents = new ArrayList<>();
        for (ConfidentPairs pairs : firstPass) {
            if (!pairs.sourceLanguage().equals(sourceLanguage) || !pairs.targetLanguage().equals(targetLanguage)) {
                throw new IllegalArgumentException("a batch lexicon needs one language pair, not both "
                        + sourceLanguage + "-" + targetLanguage + " and "
                        + pairs.sourceLanguage() + "-" + pairs.targetLanguage());
            }
            documents.add(WordSentences.of(sourceLanguage, targetLanguage, pairs.sources(), pairs.targets()));
        }
        // Each alignment a document, as tandem batch learns: the same lexicon for the same first pass.
        return CorpusLexiconLearner.learn(documents, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The second pass of a document on its own: word translations learned from the first alignment's
     * confident beads, and the same segments aligned again with them. Worth its double cost on long
     * documents and on language pairs that share few cognates.
     */
    public Alignment realignWithLearnedLexicon(Alignment first) {
        DictionaryLexicon learned = learnLexicon(List.of(first));
        progress.accept("learned: " + learned.size() + " word translations; aligning again");
        return withLexicon(learned).realign(first);
    }

    /** Aligns the segments of an earlier alignment again, with this Tandem's options: no re-reading. */
    public Alignment realign(Alignment earlier) {
        return align(earlier.source(), earlier.sourceLanguage(), earlier.target(), earlier.targetLanguage(),
                earlier.name()).withSetAside(earlier.sourceSetAside(), earlier.targetSetAside());
    }

    /** This Tandem with one more lexicon, such as a {@linkplain #learnLexicon learned} one. */
    public Tandem withLexicon(Lexicon lexicon) {
        Lexicon own = options.lexicon();
        Lexicon merged = own == Lexicon.EMPTY ? lexicon : LexiconUnion.of(own, lexicon);
        return new Tandem(options.withLexicon(merged), progress, learned);
    }

    /**
     * This Tandem with one more lexicon for one language pair only: a batch of several language pairs
     * learns one lexicon for each, and a document's languages are known only once it is read.
     */
    public Tandem withLexicon(String sourceLanguage, String targetLanguage, Lexicon lexicon) {
        java.util.Map<String, Lexicon> more = new java.util.HashMap<>(learned);
        more.merge(pairKey(sourceLanguage, targetLanguage), lexicon, LexiconUnion::of);
        return new Tandem(options, progress, more);
    }

    /** This Tandem with another progress listener; the options and lexicons stay. */
    public Tandem withProgress(Consumer<String> listener) {
        return new Tandem(options, listener, learned);
    }

    private static String pairKey(String sourceLanguage, String targetLanguage) {
        return sourceLanguage + ">" + targetLanguage;
    }

    /**
     * The lexicons this Tandem aligned the pair with, as the summary line names them ({@code built-in
     * en-nl (Tatoeba)}, {@code FreeDict eng-nld, nld-eng}, the dictionary file); empty before the
     * pair was aligned or when it had none but what each document teaches.
     */
    public List<String> lexiconsUsed(String sourceLanguage, String targetLanguage) {
        return lexiconNames.getOrDefault(pairKey(sourceLanguage, targetLanguage), List.of());
    }

    /**
     * The user's dictionary file, the built-in word list, the installed FreeDict dictionaries and any
     * lexicon added to this Tandem, merged; built once per language pair, since a benchmark aligns
     * hundreds of documents with one Tandem.
     */
    private Lexicon lexicon(String sourceLanguage, String targetLanguage) {
        return lexicons.computeIfAbsent(pairKey(sourceLanguage, targetLanguage), pair -> loadLexicon(sourceLanguage, targetLanguage));
    }

    private Lexicon loadLexicon(String sourceLanguage, String targetLanguage) {
        List<Lexicon> parts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        // FreeDict takes longest: read beside the user's dictionary and the built-in list when there is a
        // core to spare, and merged in its place all the same.
        Background<Optional<Lexicon>> installedRead = options.installedDictionaries() && options.threads() > 1
                ? Background.start("tandem-background", () -> Dictionaries.find(sourceLanguage, targetLanguage, options.threads())) : null;
        if (options.dictionary() != null) {
            parts.add(DictionaryLexicon.read(options.dictionary()));
            names.add(options.dictionary().toString());
        }
        if (options.builtInLexicon()) {
            BuiltInLexicons.find(sourceLanguage, targetLanguage).ifPresent(found -> {
                parts.add(found.lexicon());
                names.add(found.description());
            });
        }
        if (options.installedDictionaries()) {
            Optional<Lexicon> installed = installedRead != null ? installedRead.join()
                    : Dictionaries.find(sourceLanguage, targetLanguage, 1);
            installed.ifPresent(found -> {
                parts.add(found);
                names.add(Dictionaries.describe(sourceLanguage, targetLanguage).orElse("FreeDict"));
            });
        }
        // A lexicon added later (withLexicon, either form) comes after the defaults, so that both ways of
        // adding a learned lexicon give the same union, in the same order.
        if (options.lexicon() != Lexicon.EMPTY) {
            parts.add(options.lexicon());
            names.add("a lexicon given in the options");
        }
        Lexicon forPair = learned.get(pairKey(sourceLanguage, targetLanguage));
        if (forPair != null) {
            parts.add(forPair);
            names.add("learned from the batch");
        }
        lexiconNames.put(pairKey(sourceLanguage, targetLanguage), List.copyOf(names));
        return LexiconUnion.of(parts);
    }

    private ExtractedText read(Path file) {
        return options.segmented()
                ? LineReader.readLines(file, options.encoding(), org.tandem.extract.ExtractionLimits.defaults())
                : extractor().extract(file, options.encoding());
    }

    private synchronized DocumentExtractor extractor() {
        if (extractor == null) {
            extractor = new DocumentExtractor(ExtractionLimits.defaults(), options.extraction());
        }
        return extractor;
    }

    private List<Segment> segment(ExtractedText text, String language) {
        if (options.segmented()) {
            return Segment.ofLines(text.paragraphs());
        }
        return SentenceSegmenter.forLanguage(language).segment(text.paragraphs());
    }

    /**
     * The declared languages, checked against what the texts look like, or the detected ones. A
     * declaration the text clearly contradicts is more likely a swapped file than a detector error.
     */
    public LanguageDirection languages(ExtractedText source, ExtractedText target) {
        List<Optional<String>> identified = languages.identifyAll(List.of(sample(source), sample(target)));
        return LanguageDirection.resolve(source.name(), options.sourceLanguage(), identified.get(0),
                target.name(), options.targetLanguage(), identified.get(1));
    }

    /** Language identification needs a few thousand characters, not a whole book. */
    private static String sample(ExtractedText text) {
        String full = text.fullText();
        return full.length() <= 20_000 ? full : full.substring(0, 20_000);
    }

    private static void checkDistinct(Path source, Path target) {
        try {
            if (Files.exists(source) && Files.exists(target) && Files.isSameFile(source, target)) {
                throw new BadInputException(source + " is given as both source and target");
            }
        } catch (IOException e) {
            throw new BadInputException("cannot read " + source + " or " + target + ": " + PlainMessage.of(e), e);
        }
    }

    /** A file's name without its extension: the default name of what is made from it. */
    public static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** What word alignment and flagging need of the segments alone: each tokenized once, and the name index. */
    private record Prepared(DocumentTokens tokens, DocumentNames names) {
        static Prepared of(Flagger flagger, List<Segment> source, List<Segment> target) {
            DocumentTokens tokens = Flagger.tokens(source, target);
            return new Prepared(tokens, flagger.names(tokens));
        }
    }
}
