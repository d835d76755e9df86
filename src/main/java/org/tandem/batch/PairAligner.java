package org.tandem.batch;

import java.util.HashMap;
import java.util.Map;

import org.tandem.flag.Alignment;
import org.tandem.Tandem;
import org.tandem.TandemOptions;
import org.tandem.align.Lexicon;

/**
 * Aligns whole document pairs through the library, one pair at a time: the unit of work of
 * {@code tandem batch}'s workers and of each Spark task. Keeps one {@link Tandem} per declared
 * language pair, since a manifest may declare languages per row. Not thread-safe: one per worker.
 */
public final class PairAligner {
    private final TandemOptions options;
    private final Map<LanguagePair, ? extends Lexicon> learned;
    private final Map<String, Tandem> byDeclaredLanguages = new HashMap<>();

    /** @param learned lexicons learned by a first pass, per language pair; empty for the first pass itself */
    public PairAligner(TandemOptions options, Map<LanguagePair, ? extends Lexicon> learned) {
        this.options = options;
        this.learned = Map.copyOf(learned);
    }

    /** Reads and aligns the pair; its name becomes the alignment's name (the base of its file names). */
    public Alignment align(DocumentPair pair) {
        String source = pair.sourceLanguage() != null ? pair.sourceLanguage() : options.sourceLanguage();
        String target = pair.targetLanguage() != null ? pair.targetLanguage() : options.targetLanguage();
        Tandem tandem = byDeclaredLanguages.computeIfAbsent(source + ">" + target, key -> tandem(source, target));
        Alignment alignment = tandem.align(pair.sourcePath(), pair.targetPath());
        return alignment.withName(leafName(pair.name()));
    }

    private Tandem tandem(String source, String target) {
        Tandem tandem = new Tandem(options.withLanguages(source, target));
        for (Map.Entry<LanguagePair, ? extends Lexicon> entry : learned.entrySet()) {
            tandem = tandem.withLexicon(entry.getKey().source(), entry.getKey().target(), entry.getValue());
        }
        return tandem;
    }

    /** The last part of a name: the pair's files sit in folders named by the parts before it. */
    static String leafName(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
