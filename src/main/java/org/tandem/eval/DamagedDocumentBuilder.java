package org.tandem.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the segments, gold beads, gold flags and paragraphs of a {@link DamagedDocument} as
 * beads are added in order, so ids and paragraphs can never disagree with the gold.
 */
final class DamagedDocumentBuilder {
    private final String name;
    private final List<String> source = new ArrayList<>();
    private final List<String> target = new ArrayList<>();
    private final List<IdBead> gold = new ArrayList<>();
    private final List<GoldFlag> flags = new ArrayList<>();
    private final List<Damage> damages = new ArrayList<>();
    private final List<String> sourceParagraphs = new ArrayList<>();
    private final List<String> targetParagraphs = new ArrayList<>();
    private final List<String> openSource = new ArrayList<>();
    private final List<String> openTarget = new ArrayList<>();

    DamagedDocumentBuilder(String name) {
        this.name = name;
    }

    /** Adds one bead; {@code damage} is {@code null} for an undamaged pair. */
    void bead(List<String> sourceTexts, List<String> targetTexts, Damage damage) {
        IdBead bead = new IdBead(append(source, openSource, sourceTexts), append(target, openTarget, targetTexts));
        gold.add(bead);
        if (damage != null) {
            damages.add(damage);
            damage.flag().ifPresent(kind -> flags.add(new GoldFlag(kind, damage.label(), bead.sourceIds(),
                    kind == FlagClass.OMISSION ? List.of() : bead.targetIds())));
        }
    }

    /** Drops the translations of a run of sentences: one 1-0 bead each, one flag for the run. */
    void omittedBlock(List<String> sourceTexts) {
        List<Integer> ids = new ArrayList<>();
        for (String text : sourceTexts) {
            List<Integer> one = append(source, openSource, List.of(text));
            gold.add(new IdBead(one, List.of()));
            ids.addAll(one);
        }
        damages.add(Damage.BLOCK_OMISSION);
        flags.add(new GoldFlag(FlagClass.OMISSION, Damage.BLOCK_OMISSION.label(), ids, List.of()));
    }

    /** A boilerplate line stands alone between paragraphs, as it does on a web page. */
    void boilerplate(String line) {
        endParagraph();
        bead(List.of(), List.of(line), Damage.BOILERPLATE);
        endParagraph();
    }

    /** True while no paragraph has been closed yet: the document's first bead is its headline. */
    boolean isFirstParagraph() {
        return sourceParagraphs.isEmpty() && targetParagraphs.isEmpty();
    }

    void endParagraph() {
        flush(openSource, sourceParagraphs);
        flush(openTarget, targetParagraphs);
    }

    DamagedDocument build() {
        endParagraph();
        return new DamagedDocument(name, source, target, gold, flags, sourceParagraphs, targetParagraphs, damages);
    }

    private static List<Integer> append(List<String> segments, List<String> paragraph, List<String> texts) {
        List<Integer> ids = new ArrayList<>();
        for (String text : texts) {
            ids.add(segments.size());
            segments.add(text);
            paragraph.add(text);
        }
        return ids;
    }

    private static void flush(List<String> open, List<String> paragraphs) {
        if (!open.isEmpty()) {
            paragraphs.add(String.join(" ", open));
            open.clear();
        }
    }
}
