package org.tandem.flag;

import org.tandem.align.AlignmentParameters;

/**
 * What the checks know of the document pair as a whole, so that thresholds follow the documents' own
 * statistics rather than fixed constants.
 *
 * @param typicalSimilarity median lexical overlap of the 1-1 beads
 * @param sourceNames       the names of the whole source document, to tell a kept name from a translated one
 * @param targetNames       the names of the whole target document
 * @param pairs             how many 1-1 beads the document has: the sample its statistics come from
 * @param tuning            the checks' tuned numbers
 */
record DocumentContext(String sourceLanguage, String targetLanguage, AlignmentParameters parameters,
                       double typicalSimilarity, NameIndex sourceNames, NameIndex targetNames, int pairs,
                       FlagTuning tuning) {
    DocumentContext(String sourceLanguage, String targetLanguage, AlignmentParameters parameters,
                    double typicalSimilarity, NameIndex sourceNames, NameIndex targetNames, int pairs) {
        this(sourceLanguage, targetLanguage, parameters, typicalSimilarity, sourceNames, targetNames, pairs,
                FlagTuning.defaults());
    }
}
