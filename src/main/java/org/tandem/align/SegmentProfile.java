package org.tandem.align;

/**
 * What the aligner knows of one segment.
 *
 * @param length  length in characters, the Gale–Church evidence
 * @param paragraph the index of the paragraph the segment came from
 * @param keys    sorted ids of the segment's lexical keys (with repeats): content-word prefixes,
 *                numbers, dictionary translations; shared ids are evidence of translation
 */
public record SegmentProfile(int length, int paragraph, int[] keys) {
    SegmentProfile withKeys(int[] newKeys) {
        return new SegmentProfile(length, paragraph, newKeys);
    }
}
