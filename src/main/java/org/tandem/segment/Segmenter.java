package org.tandem.segment;

import java.util.List;

/** Splits paragraphs into segments. A paragraph boundary is always a segment boundary. */
public interface Segmenter {
    List<Segment> segment(List<String> paragraphs);
}
