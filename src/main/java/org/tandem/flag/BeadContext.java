package org.tandem.flag;

import java.util.function.Supplier;

import org.tandem.align.Bead;
import org.tandem.align.BeadEvidence;
import org.tandem.text.TokenizedText;
import org.tandem.wordalign.WordAlignment;

/**
 * One two-sided bead as the drift checks see it, its texts tokenized once for all of them.
 *
 * @param sourceTokens       the bead's source text (its segments joined by a space) and its tokens
 * @param targetTokens       the same on the target side
 * @param sourceNeighbours   the source segments just before and just after the bead, joined by a line break;
 *                           made only when a check asks ({@link #sourceAroundTokens}): few do
 * @param targetNeighbours   the same on the target side
 * @param words              the word alignment inside the bead, or {@code null} where none was made
 * @param confident          the bead is one of the faithful-looking pairs its document's word table learned from
 */
record BeadContext(Bead bead, BeadEvidence evidence, TokenizedText sourceTokens, TokenizedText targetTokens,
                   DocumentContext document, Supplier<TokenizedText> sourceNeighbours,
                   Supplier<TokenizedText> targetNeighbours, WordAlignment words, boolean confident) {
    BeadContext(Bead bead, BeadEvidence evidence, String sourceText, String targetText, DocumentContext document,
                String sourceAround, String targetAround, WordAlignment words, boolean confident) {
        this(bead, evidence, TokenizedText.of(sourceText), TokenizedText.of(targetText), document,
                known(TokenizedText.of(sourceAround)), known(TokenizedText.of(targetAround)), words, confident);
    }

    BeadContext(Bead bead, BeadEvidence evidence, String sourceText, String targetText, DocumentContext document,
                String sourceAround, String targetAround) {
        this(bead, evidence, sourceText, targetText, document, sourceAround, targetAround, null, false);
    }

    private static Supplier<TokenizedText> known(TokenizedText text) {
        return () -> text;
    }

    String sourceText() {
        return sourceTokens.text();
    }

    String targetText() {
        return targetTokens.text();
    }

    /** The source segments around the bead and their tokens, put together on each call. */
    TokenizedText sourceAroundTokens() {
        return sourceNeighbours.get();
    }

    /** The target segments around the bead and their tokens, put together on each call. */
    TokenizedText targetAroundTokens() {
        return targetNeighbours.get();
    }

    String sourceAround() {
        return sourceAroundTokens().text();
    }

    String targetAround() {
        return targetAroundTokens().text();
    }
}
