package org.tandem.flag;

import org.tandem.align.Bead;
import org.tandem.align.BeadEvidence;

/** One two-sided bead as the drift checks see it. */
record BeadContext(Bead bead, BeadEvidence evidence, String sourceText, String targetText, DocumentContext document) {
}
