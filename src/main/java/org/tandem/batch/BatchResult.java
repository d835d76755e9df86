package org.tandem.batch;

import java.util.List;

/**
 * What a batch did.
 *
 * @param outcomes     one per pair, in manifest order
 * @param lexiconPass  whether the second pass aligned with a lexicon learned from the first
 * @param seconds      wall-clock time of the whole run
 */
public record BatchResult(List<DocumentOutcome> outcomes, boolean lexiconPass, double seconds) {
    public BatchResult {
        outcomes = List.copyOf(outcomes);
    }

    public long count(DocumentOutcome.Status status) {
        return outcomes.stream().filter(outcome -> outcome.status() == status).count();
    }
}
