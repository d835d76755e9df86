package org.tandem.spark;

import java.io.Serializable;

import org.tandem.batch.DocumentOutcome;

/**
 * What a task returns for one pair of the second (or only) pass.
 *
 * @param jsonl the pair's JSONL lines, each with its {@code document} field; empty when it failed
 * @param tmx   the pair's own TMX, which the driver copies into the corpus TMX; empty when it failed
 */
record AlignedPair(int index, DocumentOutcome outcome, String jsonl, String tmx) implements Serializable {
    private static final long serialVersionUID = 1L;
}
