package org.tandem.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gold: [0]:[0] [1,2]:[1] [3]:[] []:[2] [4]:[3]. Test: [0]:[0] [1]:[1] [2]:[] [3]:[2] [4]:[3].
 * By hand: five test beads, of which [0]:[0] and [4]:[3] are in the gold (strict P 2/5) and
 * [1]:[1] overlaps [1,2]:[1] on both sides (lax P 3/5); three two-sided gold beads, of which two
 * are in the test (strict R 2/3) and all three overlap a test bead (lax R 3/3).
 */
class EvaluationTest {
    private static final String GOLD = "[0]:[0]\n[1, 2]:[1]\n[3]:[]\n[]:[2]\n[4]:[3]\n";
    private static final String TEST = "[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[2]\n[4]:[3]\n";
    private static final String TEST_JSONL = String.join("\n",
            "{\"bead\":1,\"source_ids\":[0],\"target_ids\":[0],\"flags\":[]}",
            "{\"bead\":2,\"source_ids\":[1],\"target_ids\":[1],\"flags\":[\"length-ratio\"]}",
            "{\"bead\":3,\"source_ids\":[2],\"target_ids\":[],\"flags\":[\"omission\"]}",
            "{\"bead\":4,\"source_ids\":[3],\"target_ids\":[2],\"flags\":[\"low-similarity\",\"number-mismatch\"]}",
            "{\"bead\":5,\"source_ids\":[4],\"target_ids\":[3],\"flags\":[]}") + "\n";
    private static final String GOLD_FLAGS = String.join("\n",
            "{\"kind\":\"omission\",\"source_ids\":[3],\"target_ids\":[]}",
            "{\"kind\":\"addition\",\"damage\":\"boilerplate\",\"source_ids\":[],\"target_ids\":[2]}",
            "{\"kind\":\"drift\",\"source_ids\":[1,2],\"target_ids\":[1]}") + "\n";

    @TempDir
    Path temp;

    @Test
    void scoresBeadFilesStrictAndLax() throws IOException {
        EvalScores scores = Evaluation.compare(file("gold", GOLD), file("test", TEST), null);

        assertScore(scores.beads().strict(), 2, 5, 2, 3);
        assertScore(scores.beads().lax(), 3, 5, 3, 3);
        assertEquals(0.4, scores.beads().strict().precision(), 1e-9);
        assertEquals(2 * 0.4 * (2 / 3.0) / (0.4 + 2 / 3.0), scores.beads().strict().f1(), 1e-9);
        assertTrue(scores.flags().isEmpty());
    }

    @Test
    void aFileAgainstItselfScoresOneEverywhere() throws IOException {
        EvalScores scores = Evaluation.compare(file("gold", GOLD), file("same", GOLD), null);

        assertScore(scores.beads().strict(), 5, 5, 3, 3);
        assertScore(scores.beads().lax(), 5, 5, 3, 3);
        assertEquals(1.0, scores.beads().lax().precision(), 1e-9);
        assertEquals(1.0, scores.beads().lax().f1(), 1e-9);
    }

    @Test
    void aStrictHitIsALaxHitAndAMatchingOneSidedBeadCounts() throws IOException {
        // [3]:[] and []:[2] are in the gold as they are: strict hits, so lax hits; [1]:[1] only overlaps.
        String test = "[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[]\n[]:[2]\n[4]:[3]\n";
        EvalScores scores = Evaluation.compare(file("gold", GOLD), file("test", test), null);

        assertScore(scores.beads().strict(), 4, 6, 2, 3);
        assertScore(scores.beads().lax(), 5, 6, 3, 3);
    }

    @Test
    void readsTandemJsonlAsTestAndAsGold() throws IOException {
        EvalScores fromJsonl = Evaluation.compare(file("gold", GOLD), file("test.jsonl", TEST_JSONL), null);
        assertScore(fromJsonl.beads().strict(), 2, 5, 2, 3);
        assertScore(fromJsonl.beads().lax(), 3, 5, 3, 3);

        EvalScores jsonlAgainstItself = Evaluation.compare(file("gold.jsonl", TEST_JSONL), file("test", TEST), null);
        assertScore(jsonlAgainstItself.beads().strict(), 5, 5, 4, 4);
    }

    @Test
    void scoresFlagsFromJsonlByIds() throws IOException {
        EvalScores scores = Evaluation.compare(file("gold", GOLD), file("test.jsonl", TEST_JSONL),
                file("gold.flags", GOLD_FLAGS));
        FlagScores flags = scores.flags().orElseThrow();

        // Omission: flagged source {2}, gold {3}. Addition: nothing flagged, gold {2}.
        assertScore(flags.of(FlagClass.OMISSION), 0, 1, 0, 1);
        assertScore(flags.of(FlagClass.ADDITION), 0, 0, 0, 1);
        // Drift: two-sided beads with a drift flag cover targets {1, 2}; gold {1}.
        assertScore(flags.of(FlagClass.DRIFT), 1, 2, 1, 1);
        assertEquals(0.5, flags.of(FlagClass.DRIFT).precision(), 1e-9);
        assertEquals(1.0, flags.of(FlagClass.DRIFT).recall(), 1e-9);
    }

    @Test
    void beadFileTestImpliesOneSidedFlags() throws IOException {
        String test = "[0]:[0]\n[1, 2]:[1]\n[3]:[]\n[]:[2]\n[4]:[3]\n";
        FlagScores flags = Evaluation.compare(file("gold", GOLD), file("test", test), file("gold.flags", GOLD_FLAGS))
                .flags().orElseThrow();
        assertScore(flags.of(FlagClass.OMISSION), 1, 1, 1, 1);
        assertScore(flags.of(FlagClass.ADDITION), 1, 1, 1, 1);
        assertScore(flags.of(FlagClass.DRIFT), 0, 0, 0, 1);
    }

    @Test
    void pooledScoresAddCounts() throws IOException {
        EvalScores one = Evaluation.compare(file("gold", GOLD), file("test", TEST), null);
        EvalScores two = one.plus(one);
        assertScore(two.beads().strict(), 4, 10, 4, 6);
        assertTrue(ScoreTable.render(two).contains("beads strict"));
    }

    private Path file(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static void assertScore(PrecisionRecall score, int hits, int predicted, int found, int relevant) {
        assertEquals(hits, score.hits(), "hits");
        assertEquals(predicted, score.predicted(), "predicted");
        assertEquals(found, score.found(), "found");
        assertEquals(relevant, score.relevant(), "relevant");
    }
}
