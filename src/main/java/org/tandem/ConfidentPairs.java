package org.tandem;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.tandem.flag.Alignment;
import org.tandem.flag.FlaggedBead;

/**
 * The confident beads of one alignment as sentence pairs: one segment on each side and no flag.
 * What a batch keeps of a first pass to learn its lexicon from ({@link Tandem#learnLexiconFrom}).
 * Serializable, so that a distributed batch can ship it between machines.
 *
 * @param sources the source text of each confident bead
 * @param targets the target text of the same beads, in the same order
 */
public record ConfidentPairs(String sourceLanguage, String targetLanguage, List<String> sources,
                             List<String> targets) implements Serializable {
    private static final long serialVersionUID = 1L;

    public ConfidentPairs {
        if (sources.size() != targets.size()) {
            throw new IllegalArgumentException(sources.size() + " source and " + targets.size() + " target texts");
        }
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }

    public static ConfidentPairs of(Alignment alignment) {
        List<String> sources = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (FlaggedBead bead : alignment.beads()) {
            if (bead.bead().isOneToOne() && bead.flags().isEmpty()) {
                sources.add(alignment.sourceText(bead.bead()));
                targets.add(alignment.targetText(bead.bead()));
            }
        }
        return new ConfidentPairs(alignment.sourceLanguage(), alignment.targetLanguage(), sources, targets);
    }

    public int size() {
        return sources.size();
    }
}
