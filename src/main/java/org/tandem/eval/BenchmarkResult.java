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
                              CleanPairs cleanPairs, double seconds, java.util.List<String> warnings) {

    /**
     * The gold pairs no gold flag touches (undamaged pairs and merges), and how many of them the
     * aligner flagged anyway: false alarms on faithful translation, per 100 pairs.
     *
     * @param byFlag for segmented runs, the flag kinds raised on them, each counted once per bead
     */
    public record CleanPairs(int flagged, int total, Map<String, Integer> byFlag) {
        public static CleanPairs none() {
            return new CleanPairs(0, 0, Map.of());
        }

        public CleanPairs plus(CleanPairs other) {
            Map<String, Integer> kinds = new java.util.TreeMap<>(byFlag);
            other.byFlag.forEach((kind, count) -> kinds.merge(kind, count, Integer::sum));
            return new CleanPairs(flagged + other.flagged, total + other.total, kinds);
        }

        public double per100() {
            return total == 0 ? 0 : 100.0 * flagged / total;
        }
    }

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
        if (cleanPairs.total() > 0) {
            text.append(String.format(java.util.Locale.ROOT, "clean pairs flagged: %d of %d (%.2f per 100)",
                    cleanPairs.flagged(), cleanPairs.total(), cleanPairs.per100()));
            if (!cleanPairs.byFlag().isEmpty()) {
                text.append(":");
                cleanPairs.byFlag().forEach((kind, count) -> text.append(' ').append(kind).append(' ').append(count)
                        .append(','));
                text.setLength(text.length() - 1);
            }
            text.append('\n');
        }
        text.append(String.format(java.util.Locale.ROOT, "documents: %d   time: %.1f s%n", documents, seconds));
        warnings.forEach(warning -> text.append("warning: ").append(warning).append('\n'));
        return text.toString();
    }
}
