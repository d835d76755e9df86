package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the seed alignment must say, established by reading the two seed texts: the English title,
 * subtitle and "The full interview follows." have no Dutch counterpart; everything in the Dutch file
 * after the interview's last sentence is the publisher's page furniture; the Dutch drops "an area of
 * more than 100,000 square kilometres".
 */
class SeedAlignmentTest {
    @TempDir
    static Path temp;

    static List<JsonNode> beads;

    @BeforeAll
    static void alignSeed() throws IOException {
        Cli.Result result = Cli.run("align", "-q", Cli.SEED_SOURCE.toString(), Cli.SEED_TARGET.toString(),
                "-o", temp.toString(), "--source-lang", "en", "--target-lang", "nl", "--formats", "jsonl");
        assertEquals(0, result.exitCode(), result::toString);
        beads = Cli.readJsonl(temp.resolve(Cli.SEED_NAME + ".jsonl"));
    }

    @Test
    void everySegmentLiesInExactlyOneBeadInOrder() {
        List<Integer> source = new ArrayList<>();
        List<Integer> target = new ArrayList<>();
        for (int i = 0; i < beads.size(); i++) {
            JsonNode bead = beads.get(i);
            assertEquals(i + 1, bead.get("bead").intValue());
            List<Integer> s = Cli.ints(bead.get("source_ids"));
            List<Integer> t = Cli.ints(bead.get("target_ids"));
            assertFalse(s.isEmpty() && t.isEmpty(), "bead " + (i + 1) + " is empty");
            assertEquals(s.size() + "-" + t.size(), bead.get("type").textValue());
            source.addAll(s);
            target.addAll(t);
        }
        for (int i = 0; i < source.size(); i++) {
            assertEquals(i, source.get(i), "source ids run 0..n-1 without gaps or repeats");
        }
        for (int i = 0; i < target.size(); i++) {
            assertEquals(i, target.get(i), "target ids run 0..n-1 without gaps or repeats");
        }
    }

    @Test
    void noWordOfEitherFileIsLost() throws IOException {
        StringBuilder source = new StringBuilder();
        StringBuilder target = new StringBuilder();
        for (JsonNode bead : beads) {
            source.append(bead.get("source_text").textValue()).append('\n');
            target.append(bead.get("target_text").textValue()).append('\n');
        }
        assertEquals(words(Files.readString(Cli.SEED_SOURCE, StandardCharsets.UTF_8)), words(source.toString()));
        assertEquals(words(Files.readString(Cli.SEED_TARGET, StandardCharsets.UTF_8)), words(target.toString()));
    }

    @Test
    void englishOnlyLinesAreOmissions() {
        for (String english : List.of(
                "Lavrov on Ukraine, sanctions and China: the full interview",
                "Russia’s foreign minister discusses the war in Ukraine, Western sanctions, relations with Washington"
                        + " and the partnership with Beijing.",
                "The full interview follows.")) {
            JsonNode bead = beadWithSource(english);
            assertEquals(1, bead.get("source_ids").size(), bead::toString);
            assertTrue(bead.get("target_ids").isEmpty(), () -> "no Dutch counterpart: " + bead);
            assertEquals("1-0", bead.get("type").textValue());
            assertTrue(Cli.strings(bead.get("flags")).contains("omission"), bead::toString);
        }
    }

    @Test
    void publisherMaterialAfterTheInterviewIsAddition() {
        // The interview ends with this Dutch sentence, the translation of the last English one.
        JsonNode last = beadWithTarget("Het is nog te vroeg om iets te zeggen over de Amerikaanse presidentscampagne");
        assertTrue(last.get("source_text").textValue().contains("It is too early to say anything about the 2024"),
                last::toString);
        int lastTarget = Cli.ints(last.get("target_ids")).get(Cli.ints(last.get("target_ids")).size() - 1);

        StringBuilder after = new StringBuilder();
        int count = 0;
        for (JsonNode bead : beads) {
            List<Integer> targetIds = Cli.ints(bead.get("target_ids"));
            if (!targetIds.isEmpty() && targetIds.get(0) > lastTarget) {
                assertTrue(bead.get("source_ids").isEmpty(), () -> "publisher material paired with English: " + bead);
                // Every line with words is an addition; a rule of dashes between two comments holds
                // nothing to translate and is left unflagged.
                boolean words = bead.get("target_text").textValue().codePoints().anyMatch(Character::isLetterOrDigit);
                assertEquals(words, Cli.strings(bead.get("flags")).contains("addition"), bead::toString);
                after.append(bead.get("target_text").textValue()).append('\n');
                count++;
            }
        }
        // Nothing of the English is left for the Dutch tail: the last bead holds the Dutch tail.
        assertEquals(beads.get(beads.size() - 1).get("source_ids").size(), 0);
        assertTrue(count > 0);
        for (String furniture : List.of("Copyright © 2022 vertaling door Frontnieuws.", "OEKRAÏNE CONFLICT DOSSIER",
                "Lees meer over:", "Vorig artikel", "Volgend artikel", "Mijn lichaam is geen eigendom van de staat.",
                "2 REACTIES", "Dat is een loze dreiging.", "LAAT EEN REACTIE ACHTER",
                "Vul alstublieft uw commentaar in!", "Vul hier uw naam in")) {
            assertTrue(after.indexOf(furniture) >= 0, () -> "'" + furniture + "' is among the additions:\n" + after);
        }
    }

    @Test
    void theMissingAreaIsANumberMismatch() {
        JsonNode bead = beadWithSource("an area of more than 100,000 square kilometres");
        assertFalse(bead.get("target_ids").isEmpty(), "the sentence is translated, minus the area");
        assertTrue(bead.get("target_text").textValue().contains("Tot op heden zijn de gehele LPR"), bead::toString);
        List<String> flags = Cli.strings(bead.get("flags"));
        List<String> reasons = Cli.strings(bead.get("reasons"));
        int i = flags.indexOf("number-mismatch");
        assertTrue(i >= 0, bead::toString);
        assertEquals(flags.size(), reasons.size());
        assertTrue(reasons.get(i).contains("100,000"), reasons.get(i));
    }

    private static JsonNode beadWithSource(String text) {
        return beads.stream().filter(b -> b.get("source_text").textValue().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no bead with source text " + text));
    }

    private static JsonNode beadWithTarget(String text) {
        return beads.stream().filter(b -> b.get("target_text").textValue().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no bead with target text " + text));
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+").matcher(text);
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }
}
