package org.tandem.eval;

import java.util.List;

/**
 * A benchmark document: a translation damaged on purpose, with the gold that says what was done.
 *
 * @param source           source segments, one per line of {@code NAME.src}
 * @param target           target segments, one per line of {@code NAME.tgt}
 * @param gold             the correct beads over those segments
 * @param flags            the problems a perfect flagger would report
 * @param sourceParagraphs the source segments grouped into paragraphs, for end-to-end runs
 * @param targetParagraphs likewise for the target; every boilerplate line is a paragraph of its own
 * @param damages          every damage applied, in order, for the benchmark's summary
 */
public record DamagedDocument(String name, List<String> source, List<String> target, List<IdBead> gold,
                              List<GoldFlag> flags, List<String> sourceParagraphs, List<String> targetParagraphs,
                              List<Damage> damages) {
    public DamagedDocument {
        source = List.copyOf(source);
        target = List.copyOf(target);
        gold = List.copyOf(gold);
        flags = List.copyOf(flags);
        sourceParagraphs = List.copyOf(sourceParagraphs);
        targetParagraphs = List.copyOf(targetParagraphs);
        damages = List.copyOf(damages);
    }
}
