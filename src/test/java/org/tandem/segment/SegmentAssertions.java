package org.tandem.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/** Shared helpers: segment one paragraph and compare the texts. */
final class SegmentAssertions {

    private SegmentAssertions() {
    }

    static List<String> texts(Segmenter segmenter, String paragraph) {
        return segmenter.segment(List.of(paragraph)).stream().map(Segment::text).toList();
    }

    static void assertSegments(Segmenter segmenter, String paragraph, String... expected) {
        assertEquals(List.of(expected), texts(segmenter, paragraph), () -> "segmenting: " + paragraph);
    }
}
