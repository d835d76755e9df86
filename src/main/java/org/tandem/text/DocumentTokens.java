package org.tandem.text;

import java.util.List;

/** The tokens of both sides of a document pair, each segment tokenized once for every stage that reads them. */
public record DocumentTokens(SegmentTokens source, SegmentTokens target) {
    public static DocumentTokens of(List<String> sourceTexts, List<String> targetTexts) {
        return new DocumentTokens(SegmentTokens.of(sourceTexts), SegmentTokens.of(targetTexts));
    }
}
