package org.tandem.eval;

import java.util.Map;

/**
 * The pooled scores of a benchmark run.
 *
 * @param recallByDamage for each damage label of the gold flags, how many of its scored ids the
 *                       aligner flagged with the right class; the error analysis's first look
 * @param warnings       documents whose texts did not survive end-to-end reading unchanged, etc.
 */
public record BenchmarkResult(int documents, EvalScores scores, Map<String, Recall> recallByDamage,
                              double seconds, java.util.List<String> warnings) {

    /** Found out of relevant. */
    public record Recall(int found, int relevant) {
        public Recall plus(Recall other) {
            return new Recall(found + other.found, relevant + other.relevant);
        }

        public double rate() {
            return relevant == 0 ? 1 : found / (double) relevant;
        }
    }

    public String render() {
        StringBuilder text = new StringBuilder(ScoreTable.render(scores));
        if (!recallByDamage.isEmpty()) {
            text.append("flag recall by damage:");
            recallByDamage.forEach((damage, recall) -> text.append(String.format(java.util.Locale.ROOT,
                    " %s %d/%d (%.2f);", damage, recall.found(), recall.relevant(), recall.rate())));
            text.setLength(text.length() - 1);
            text.append('\n');
        }
        text.append(String.format(java.util.Locale.ROOT, "documents: %d   time: %.1f s%n", documents, seconds));
        warnings.forEach(warning -> text.append("warning: ").append(warning).append('\n'));
        return text.toString();
    }
}
