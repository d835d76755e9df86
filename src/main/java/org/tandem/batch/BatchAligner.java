package org.tandem.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.tandem.flag.Alignment;
import org.tandem.input.BadInputException;
import org.tandem.input.PlainMessage;
import org.tandem.ConfidentPairs;
import org.tandem.TandemOptions;
import org.tandem.align.DictionaryLexicon;
import org.tandem.write.AtomicOutputs;
import org.tandem.write.CorpusTmxWriter;
import org.tandem.write.OutputFormat;
import org.tandem.write.ToolVersion;

/**
 * Aligns a corpus of document pairs on a pool of worker threads: the library behind {@code tandem batch}.
 *
 * <p>Every pair is aligned on its own, so the files are the same whatever the number of threads;
 * a pair that fails becomes a row of the report and the batch goes on. A corpus of at least
 * {@link BatchLexicon#minimumPairs} pairs is aligned twice: the word translations learned from
 * the first pass's confident beads over the whole corpus ({@link BatchLexicon}) feed the second.
 *
 * <p>Resuming: a pair whose outputs all exist and are newer than its inputs (and than the batch
 * lexicon) is skipped unless forced. Each pair's files are written atomically ({@link AtomicOutputs}),
 * and temporary files a killed run left behind are removed first, so a killed batch leaves no
 * partial file and a rerun finishes what it had not.
 *
 * <p>Memory: only counts are kept per pair (and, between the passes, the words of its confident
 * sentence pairs).
 * The corpus TMX, the report and the index are built at the end from the per-document files, one
 * document at a time.
 */
public final class BatchAligner {
    public static final String CORPUS_TMX = "corpus.tmx";
    public static final String LEXICON_FILE = "batch-lexicon.tsv";
    /** AtomicOutputs' temporary files: {@code .NAME.EXT.<uuid>.tmp}. */
    private static final Pattern TEMP_FILE = Pattern.compile("\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");

    private final TandemOptions options;
    private final BatchOptions batch;
    private final Consumer<String> progress;
    private final String toolVersion = ToolVersion.current();

    /** @param progress receives progress lines; the CLI sends them to stderr */
    public BatchAligner(TandemOptions options, BatchOptions batch, Consumer<String> progress) {
        // Each worker aligns its pair on its own thread: the pool's threads are all the batch's threads, so
        // --threads 1 runs on one thread, and a document's own threads (its search rows, its flagging)
        // would only compete with the other workers. The files are the same either way.
        this.options = options.withThreads(1);
        this.batch = batch;
        this.progress = progress;
    }

    public BatchResult run(List<DocumentPair> pairs) throws IOException {
        long start = System.nanoTime();
        prepareOutput();
        int n = pairs.size();
        DocumentOutcome[] outcomes = new DocumentOutcome[n];
        boolean lexiconPass = n >= BatchLexicon.minimumPairs(options);
        Path lexiconFile = batch.output().resolve(LEXICON_FILE);
        Map<LanguagePair, DictionaryLexicon> lexicons = Map.of();
        if (lexiconPass) {
            lexicons = lexicons(pairs, lexiconFile, outcomes);
        }
        FileTime lexiconTime = lexiconPass && Files.exists(lexiconFile) ? Files.getLastModifiedTime(lexiconFile) : null;
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (outcomes[i] == null && (batch.force() || !upToDate(pairs.get(i), lexiconTime))) {
                todo.add(i);
            }
        }
        Map<LanguagePair, DictionaryLexicon> learned = lexicons;
        runPass(lexiconPass ? "pass 2 of 2" : "batch", pairs, todo, outcomes,
                () -> new PairAligner(options, learned), this::alignAndWrite);
        for (int i = 0; i < n; i++) {
            if (outcomes[i] == null) {
                outcomes[i] = skipped(pairs.get(i));
            }
        }
        List<DocumentOutcome> all = Arrays.asList(outcomes);
        writeCorpusTmx(pairs, all);
        BatchReport.write(batch.output().resolve(BatchReport.FILE_NAME), all);
        CorpusIndex.write(batch.output().resolve(CorpusIndex.FILE_NAME), all, batch.formats().contains(OutputFormat.HTML));
        return new BatchResult(all, lexiconPass, (System.nanoTime() - start) / 1e9);
    }

    /** The per-document files of a pair: {@code documents/NAME.EXT}. */
    public Path documentFile(DocumentPair pair, OutputFormat format) {
        return batch.documents().resolve(pair.name() + "." + format.extension());
    }

    /**
     * The lexicons the second pass aligns with: those saved for this very corpus by an earlier run, or
     * learned by a first pass now. Always read back from the file, so a resumed run uses the same
     * lexicon, byte for byte, as the run it resumes. Pairs that fail in the first pass get their outcome.
     */
    private Map<LanguagePair, DictionaryLexicon> lexicons(List<DocumentPair> pairs, Path lexiconFile,
                                                          DocumentOutcome[] outcomes) throws IOException {
        String key = BatchLexicon.key(pairs, options);
        FileTime saved = Files.exists(lexiconFile) ? Files.getLastModifiedTime(lexiconFile) : null;
        boolean needed = batch.force();
        for (int i = 0; i < pairs.size() && !needed; i++) {
            needed = !upToDate(pairs.get(i), saved);
        }
        if (!needed) {
            return Map.of();
        }
        Optional<Map<LanguagePair, DictionaryLexicon>> reused = batch.force() ? Optional.empty()
                : BatchLexicon.read(lexiconFile, key);
        if (reused.isPresent()) {
            progress.accept("reusing the lexicon of the first pass in " + lexiconFile);
            return reused.get();
        }
        DocumentWords[] firstPass = new DocumentWords[pairs.size()];
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            all.add(i);
        }
        runPass("pass 1 of 2", pairs, all, outcomes, () -> new PairAligner(options, Map.of()), (aligner, pair, index) -> {
            long begin = System.nanoTime();
            Alignment alignment = aligner.align(pair);
            firstPass[index] = DocumentWords.of(ConfidentPairs.of(alignment));
            // Only failures are final after the first pass: the second pass aligns the rest again.
            return DocumentOutcome.aligned(pair.name(), alignment, (System.nanoTime() - begin) / 1e9);
        });
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] != null && outcomes[i].succeeded()) {
                outcomes[i] = null;
            }
        }
        long learning = System.nanoTime();
        Map<LanguagePair, DictionaryLexicon> learned = BatchLexicon.learn(Arrays.asList(firstPass), batch.threads());
        BatchLexicon.write(lexiconFile, key, learned);
        double seconds = (System.nanoTime() - learning) / 1e9;
        learned.forEach((languages, lexicon) ->
                progress.accept("learned " + lexicon.size() + " word translations for " + languages));
        progress.accept(String.format(java.util.Locale.ROOT, "learning the lexicon took %.1f s", seconds));
        return BatchLexicon.read(lexiconFile, key).orElseThrow();
    }

    /** One unit of work: aligns a pair and returns its outcome; an exception makes it a failed pair. */
    @FunctionalInterface
    interface PairWork {
        DocumentOutcome apply(PairAligner aligner, DocumentPair pair, int index) throws IOException;
    }

    private DocumentOutcome alignAndWrite(PairAligner aligner, DocumentPair pair, int index) throws IOException {
        long begin = System.nanoTime();
        Alignment alignment = aligner.align(pair);
        Path folder = documentFile(pair, OutputFormat.JSONL).getParent();
        new AtomicOutputs(toolVersion).write(alignment, folder, batch.orderedFormats());
        return DocumentOutcome.aligned(pair.name(), alignment, (System.nanoTime() - begin) / 1e9);
    }

    /** Runs {@code work} on the pairs at {@code indices} on the worker pool, filling in their outcomes. */
    private void runPass(String label, List<DocumentPair> pairs, List<Integer> indices, DocumentOutcome[] outcomes,
                         java.util.function.Supplier<PairAligner> aligners, PairWork work) throws IOException {
        if (indices.isEmpty()) {
            return;
        }
        BatchProgress tracker = new BatchProgress(label, indices.size(), progress);
        ThreadLocal<PairAligner> perThread = ThreadLocal.withInitial(aligners);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(batch.threads(), indices.size()), runnable -> {
            Thread thread = new Thread(runnable, "tandem-batch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<DocumentOutcome>> futures = new ArrayList<>();
            for (int index : indices) {
                DocumentPair pair = pairs.get(index);
                futures.add(pool.submit(() -> {
                    long begin = System.nanoTime();
                    DocumentOutcome outcome;
                    try {
                        outcome = work.apply(perThread.get(), pair, index);
                    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                        outcome = DocumentOutcome.failed(pair.name(), e, (System.nanoTime() - begin) / 1e9);
                    }
                    tracker.finished(outcome);
                    return outcome;
                }));
            }
            for (int k = 0; k < indices.size(); k++) {
                outcomes[indices.get(k)] = futures.get(k).get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the batch was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a batch worker failed outside its pair", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private boolean upToDate(DocumentPair pair, FileTime lexiconTime) {
        try {
            FileTime inputs = newest(Files.getLastModifiedTime(pair.sourcePath()), Files.getLastModifiedTime(pair.targetPath()));
            if (lexiconTime != null) {
                inputs = newest(inputs, lexiconTime);
            }
            for (OutputFormat format : batch.formats()) {
                Path file = documentFile(pair, format);
                if (!Files.isRegularFile(file) || Files.getLastModifiedTime(file).compareTo(inputs) <= 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static FileTime newest(FileTime a, FileTime b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private DocumentOutcome skipped(DocumentPair pair) throws IOException {
        List<String> languages;
        try (InputStream tmx = Files.newInputStream(documentFile(pair, OutputFormat.TMX))) {
            languages = CorpusTmxWriter.languages(tmx);
        }
        return DocumentOutcome.skipped(pair.name(), documentFile(pair, OutputFormat.JSONL), languages.get(0), languages.get(1));
    }

    private void writeCorpusTmx(List<DocumentPair> pairs, List<DocumentOutcome> outcomes) throws IOException {
        Set<String> sourceLanguages = new LinkedHashSet<>();
        for (DocumentOutcome outcome : outcomes) {
            if (outcome.succeeded()) {
                sourceLanguages.add(outcome.sourceLanguage());
            }
        }
        String sourceLanguage = sourceLanguages.size() == 1 ? sourceLanguages.iterator().next() : "*all*";
        AtomicOutputs.writeFile(batch.output().resolve(CORPUS_TMX), out -> {
            try (CorpusTmxWriter corpus = new CorpusTmxWriter(out, toolVersion, sourceLanguage)) {
                for (int i = 0; i < pairs.size(); i++) {
                    if (outcomes.get(i).succeeded()) {
                        try (InputStream tmx = Files.newInputStream(documentFile(pairs.get(i), OutputFormat.TMX))) {
                            corpus.addDocument(pairs.get(i).name(), tmx);
                        }
                    }
                }
            }
        });
    }

    /** Creates the output folder, checks it can be written, and removes temporary files a killed run left. */
    private void prepareOutput() throws IOException {
        Path output = batch.output();
        try {
            Files.createDirectories(batch.documents());
        } catch (IOException e) {
            throw new BadInputException(output + ": cannot create the output folder (" + PlainMessage.reason(e) + ")", e);
        }
        if (!Files.isWritable(output) || !Files.isWritable(batch.documents())) {
            throw new BadInputException(output + ": the output folder is not writable");
        }
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file) && TEMP_FILE.matcher(file.getFileName().toString()).matches()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
