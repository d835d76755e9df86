package org.tandem.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.tandem.ConfidentPairs;
import org.tandem.batch.BatchLexicon;
import org.tandem.batch.DocumentOutcome;
import org.tandem.batch.DocumentWords;
import org.tandem.batch.PairAligner;
import org.tandem.flag.Alignment;
import org.tandem.write.JsonlWriter;
import org.tandem.write.OutputFormat;
import org.tandem.write.ToolVersion;
import org.tandem.write.Writers;

/**
 * The work of one task on one pair, through the library's {@link PairAligner}, as {@code tandem
 * batch}'s workers do it. A failure becomes the pair's outcome, never a failed task.
 */
final class PairTasks {
    /**
     * One aligner per executor thread and lexicon: building one loads Tika's parsers and the
     * language profiles, which every pair of a thread can share.
     */
    private static final ThreadLocal<Map<String, PairAligner>> ALIGNERS = ThreadLocal.withInitial(HashMap::new);

    private PairTasks() {
    }

    static FirstPass firstPass(JobSettings settings, IndexedPair indexed) {
        try {
            Alignment alignment = aligner(settings, "", "").align(indexed.pair());
            return new FirstPass(indexed.index(), DocumentWords.of(ConfidentPairs.of(alignment)));
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return new FirstPass(indexed.index(), null);
        }
    }

    static AlignedPair secondPass(JobSettings settings, String lexiconText, String lexiconKey, IndexedPair indexed) {
        long begin = System.nanoTime();
        String name = indexed.pair().name();
        try {
            Alignment alignment = aligner(settings, lexiconText, lexiconKey).align(indexed.pair());
            ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
            JsonlWriter.forDocument(name).write(alignment, jsonl);
            ByteArrayOutputStream tmx = new ByteArrayOutputStream();
            Writers.forFormat(OutputFormat.TMX, ToolVersion.current()).write(alignment, tmx);
            return new AlignedPair(indexed.index(), DocumentOutcome.aligned(name, alignment, seconds(begin)),
                    jsonl.toString(StandardCharsets.UTF_8), tmx.toString(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new AlignedPair(indexed.index(), DocumentOutcome.failed(name, e, seconds(begin)), "", "");
        }
    }

    private static PairAligner aligner(JobSettings settings, String lexiconText, String lexiconKey) {
        String cacheKey = settings + "\n" + lexiconKey + "\n" + lexiconText.hashCode();
        return ALIGNERS.get().computeIfAbsent(cacheKey, k -> new PairAligner(settings.options(),
                lexiconText.isEmpty() ? Map.of() : BatchLexicon.fromText(lexiconText, lexiconKey).orElseThrow()));
    }

    private static double seconds(long begin) {
        return (System.nanoTime() - begin) / 1e9;
    }
}
