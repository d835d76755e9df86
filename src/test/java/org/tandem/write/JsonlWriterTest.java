package org.tandem.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tandem.flag.Alignment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonlWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KEYS = List.of("bead", "source_ids", "target_ids", "type", "score",
            "flags", "reasons", "spans", "source_text", "target_text");

    private final Alignment alignment = SampleAlignment.create();
    private final byte[] jsonl = WriterOutput.bytes(new JsonlWriter(), alignment);
    private final String text = new String(jsonl, StandardCharsets.UTF_8);

    @Test
    void writesOneObjectPerLineWithLfEndings() {
        assertTrue(text.endsWith("\n"));
        assertFalse(text.contains("\r"));
        assertEquals(alignment.beads().size(), lines().size());
        lines().forEach(line -> assertTrue(line.startsWith("{\"bead\":") && line.endsWith("}"), line));
    }

    @Test
    void keysAlwaysAppearInContractOrder() throws Exception {
        for (String line : lines()) {
            List<String> keys = new ArrayList<>();
            JSON.readTree(line).fieldNames().forEachRemaining(keys::add);
            assertEquals(KEYS, keys);
        }
    }

    @Test
    void readsBackEveryValue() throws Exception {
        List<JsonNode> beads = new ArrayList<>();
        for (String line : lines()) {
            beads.add(JSON.readTree(line));
        }
        assertBead(beads.get(0), 1, List.of(0), List.of(0), "1-1", 0.457, List.of("number-mismatch"),
                List.of("source has 5, target has 6"),
                "Prices rose by 5 % in <2024> & \"beyond\".", "De prijzen stegen met 6 % in <2024> & \"verder\".");
        assertBead(beads.get(1), 2, List.of(1, 2), List.of(1), "2-1", 0.9, List.of(), List.of(),
                "Kyiv, Ukraine's capital, was quiet.\nThen “quotes” appeared.",
                "Kiev, de hoofdstad van Oekraïne, was rustig. Toen verschenen “aanhalingstekens”.");
        assertBead(beads.get(2), 3, List.of(3), List.of(), "1-0", 0.0, List.of("omission"),
                List.of("no translation for \"This sentence…\""), "This sentence was dropped.", "");
        assertBead(beads.get(3), 4, List.of(), List.of(2), "0-1", 0.1, List.of("addition"),
                List.of("not in the source <added>"), "", "Een toegevoegde zin, met komma's; en 'quotes'.");
        assertBead(beads.get(4), 5, List.of(4), List.of(3), "1-1", 1.0, List.of("length-ratio", "untranslated"),
                List.of("ratio 1.9 & rising", "looks, like English"),
                "=SUM(A1) rang the bell\u0007.", "=SUM(A1) luidde de bel\u0007.");
    }

    @Test
    void writesNonAsciiAsUtf8AndScoresWithThreeDecimals() {
        assertTrue(text.contains("Oekraïne") && text.contains("“aanhalingstekens”"), "not \\u-escaped");
        assertTrue(text.contains("bell\\u0007."), "control characters escaped the JSON way");
        assertTrue(text.contains("\"score\":0.457,") && text.contains("\"score\":0.900,")
                && text.contains("\"score\":1.000,"), text);
    }

    @Test
    void isByteForByteReproducible() {
        assertArrayEquals(jsonl, WriterOutput.bytes(new JsonlWriter(), SampleAlignment.create()));
    }

    private List<String> lines() {
        return List.of(text.split("\n"));
    }

    private static void assertBead(JsonNode bead, int number, List<Integer> sourceIds, List<Integer> targetIds,
                                   String type, double score, List<String> flags, List<String> reasons,
                                   String sourceText, String targetText) {
        assertEquals(number, bead.get("bead").intValue());
        assertTrue(bead.get("bead").isInt());
        assertEquals(sourceIds, ints(bead.get("source_ids")));
        assertEquals(targetIds, ints(bead.get("target_ids")));
        assertEquals(type, bead.get("type").textValue());
        assertTrue(bead.get("score").isNumber());
        assertEquals(score, bead.get("score").doubleValue(), 0.0);
        assertEquals(flags, strings(bead.get("flags")));
        assertEquals(reasons, strings(bead.get("reasons")));
        assertEquals(sourceText, bead.get("source_text").textValue());
        assertEquals(targetText, bead.get("target_text").textValue());
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(n -> {
            assertTrue(n.isInt());
            values.add(n.intValue());
        });
        return values;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.textValue()));
        return values;
    }

    @Test
    void wordAlignmentIsWrittenOnRequestWithCodePointOffsets() throws Exception {
        java.util.List<String> en = java.util.List.of("The 𝔘nion of Utrecht signed the treaty in 1579.",
                "Nobody knows why.");
        java.util.List<String> nl = java.util.List.of("De 𝔘nie van Utrecht tekende het verdrag in 1579.",
                "Niemand weet waarom.");
        org.tandem.flag.Alignment aligned = new org.tandem.Tandem(org.tandem.TandemOptions.defaults())
                .align(org.tandem.segment.Segment.ofLines(en), "en", org.tandem.segment.Segment.ofLines(nl), "nl", "x");
        String written = new String(WriterOutput.bytes(JsonlWriter.withWordAlignment(), aligned), StandardCharsets.UTF_8);
        JsonNode first = JSON.readTree(written.split("\n")[0]);
        List<String> keys = new ArrayList<>();
        first.fieldNames().forEachRemaining(keys::add);
        List<String> expected = new ArrayList<>(KEYS);
        expected.add("word_alignment");
        assertEquals(expected, keys);
        JsonNode words = first.get("word_alignment");
        int[] source = first.get("source_text").asText().codePoints().toArray();
        int[] target = first.get("target_text").asText().codePoints().toArray();
        boolean utrecht = false;
        for (JsonNode link : words.get("links")) {
            JsonNode s = words.get("source_tokens").get(link.get(0).asInt());
            JsonNode t = words.get("target_tokens").get(link.get(1).asInt());
            String sourceWord = new String(source, s.get(0).asInt(), s.get(1).asInt() - s.get(0).asInt());
            String targetWord = new String(target, t.get(0).asInt(), t.get(1).asInt() - t.get(0).asInt());
            double p = link.get(2).asDouble();
            assertTrue(p > 0 && p <= 1, link.toString());
            utrecht |= sourceWord.equals("Utrecht") && targetWord.equals("Utrecht");
        }
        assertTrue(utrecht, words.toString());
        assertFalse(text.contains("word_alignment"), "off unless asked for");
    }
}
