package org.tandem.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.tandem.eval.ParallelCorpus.ParallelDocument;

/**
 * Builds an alignment benchmark from a sentence-parallel corpus with document ids: every document
 * damaged by {@link DocumentDamager}, written as {@link BenchmarkDocument} describes. The same
 * corpus, rates and seed always give the same files.
 */
public final class BenchmarkMaker {
    private final DocumentDamager damager;
    private final java.util.Set<Damage> kinds;

    public BenchmarkMaker(DamageRates rates, String targetLanguage) {
        this.damager = new DocumentDamager(rates, targetLanguage);
        this.kinds = DamageScheme.SURFACE.kinds();
    }

    public BenchmarkMaker(DamageScheme scheme, String targetLanguage) {
        this.damager = new DocumentDamager(scheme.rates(), scheme.drift(), targetLanguage);
        this.kinds = scheme.kinds();
    }

    public List<DamagedDocument> damage(ParallelCorpus corpus, long seed) {
        Random random = new Random(seed);
        List<DamagedDocument> damaged = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ParallelDocument document : corpus.documents()) {
            damaged.add(damager.damage(uniqueName(document.id(), names), document, corpus.documents(), random));
        }
        return damaged;
    }

    /**
     * Writes the benchmark into {@code directory} and returns how often each damage of the scheme
     * was applied.
     */
    public Map<Damage, Integer> make(ParallelCorpus corpus, long seed, Path directory) throws IOException {
        Files.createDirectories(directory);
        Map<Damage, Integer> counts = new EnumMap<>(Damage.class);
        for (Damage damage : kinds) {
            counts.put(damage, 0);
        }
        for (DamagedDocument document : damage(corpus, seed)) {
            write(document, directory);
            document.damages().forEach(damage -> counts.merge(damage, 1, Integer::sum));
        }
        return counts;
    }

    public static void write(DamagedDocument document, Path directory) throws IOException {
        BenchmarkDocument files = new BenchmarkDocument(directory, document.name());
        lines(files.source(), document.source());
        lines(files.target(), document.target());
        BeadFile.write(files.gold(), document.gold());
        GoldFlagFile.write(files.flags(), document.flags());
        Files.writeString(files.sourceText(), String.join("\n\n", document.sourceParagraphs()) + "\n",
                StandardCharsets.UTF_8);
        Files.writeString(files.targetText(), String.join("\n\n", document.targetParagraphs()) + "\n",
                StandardCharsets.UTF_8);
    }

    private static void lines(Path file, List<String> lines) throws IOException {
        Files.writeString(file, lines.isEmpty() ? "" : String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /** Document ids become file names: anything but letters, digits, '-' and '_' becomes '_'. */
    static String uniqueName(String id, Set<String> taken) {
        String base = id.replaceAll("[^A-Za-z0-9_-]", "_");
        if (base.isEmpty()) {
            base = "doc";
        }
        String name = base;
        for (int k = 2; !taken.add(name); k++) {
            name = base + "-" + k;
        }
        return name;
    }
}
