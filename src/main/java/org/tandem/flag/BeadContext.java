package org.tandem.flag;

import org.tandem.align.Bead;
import org.tandem.align.BeadEvidence;
import org.tandem.wordalign.WordAlignment;

/**
 * One two-sided bead as the drift checks see it.
 *
 * @param sourceAround the source segments just before and just after the bead, joined
 * @param targetAround the same on the target side
 * @param words        the word alignment inside the bead, or {@code null} where none was made
 * @param confident    the bead is one of the faithful-looking pairs its document's word table learned from
 */
record BeadContext(Bead bead, BeadEvidence evidence, String sourceText, String targetText, DocumentContext document,
                   String sourceAround, String targetAround, WordAlignment words, boolean confident) {
    BeadContext(Bead bead, BeadEvidence evidence, String sourceText, String targetText, DocumentContext document,
                String sourceAround, String targetAround) {
        this(bead, evidence, sourceText, targetText, document, sourceAround, targetAround, null, false);
    }
}
