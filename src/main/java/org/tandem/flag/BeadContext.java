package org.tandem.flag;

import org.tandem.align.Bead;
import org.tandem.align.BeadEvidence;

/**
 * One two-sided bead as the drift checks see it.
 *
 * @param sourceAround the source segments just before and just after the bead, joined
 * @param targetAround the same on the target side
 */
record BeadContext(Bead bead, BeadEvidence evidence, String sourceText, String targetText, DocumentContext document,
                   String sourceAround, String targetAround) {
}
