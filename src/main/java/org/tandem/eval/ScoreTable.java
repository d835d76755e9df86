package org.tandem.eval;

import java.util.Locale;

/** Renders scores as the fixed-width table {@code eval} and {@code bench run} print. */
public final class ScoreTable {
    private ScoreTable() {
    }

    public static String render(EvalScores scores) {
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%-14s %9s %7s %7s   %s%n", "", "precision", "recall", "F1",
                "hits/predicted  found/relevant"));
        row(table, "beads strict", scores.beads().strict());
        row(table, "beads lax", scores.beads().lax());
        scores.flags().ifPresent(flags -> {
            for (FlagClass kind : FlagClass.values()) {
                row(table, kind.label(), flags.of(kind));
            }
        });
        return table.toString();
    }

    private static void row(StringBuilder table, String name, PrecisionRecall score) {
        table.append(String.format(Locale.ROOT, "%-14s %9.4f %7.4f %7.4f   %6d/%-6d  %6d/%-6d%n", name,
                score.precision(), score.recall(), score.f1(), score.hits(), score.predicted(), score.found(),
                score.relevant()));
    }
}
